package app.myomap.model.record;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The screening before needling (DOMAIN.md §3.1): each checklist item asked, answered present or
 * absent with a note, and for a present absolute contraindication the practitioner's reason to
 * needle all the same. Items are kept as they were asked, so a later change of the clinic's
 * checklist leaves this visit's screening readable.
 */
public record Screening(List<Screening.Answer> answers) implements RecordEntry {

  /**
   * One item answered.
   *
   * @param overrideReason why needling goes ahead despite a present absolute item; empty for none
   */
  public record Answer(ScreeningItem item, boolean present, String note, String overrideReason) {
    public Answer {
      if (item == null) {
        throw new IllegalArgumentException("An answer names its screening item");
      }
      note = RecordFields.note(note, "A screening note");
      overrideReason = RecordFields.note(overrideReason, "An override reason");
      if (!overrideReason.isEmpty()
          && !(present && item.category() == ScreeningCategory.ABSOLUTE)) {
        throw new IllegalArgumentException(
            "Only a present absolute contraindication is overridden: " + item.id());
      }
    }

    /** Whether this answer keeps the needle out: a present absolute item not overridden. */
    public boolean blocksNeedling() {
      return present && item.category() == ScreeningCategory.ABSOLUTE && overrideReason.isEmpty();
    }
  }

  public Screening {
    answers = List.copyOf(answers);
    Set<String> ids = new HashSet<>();
    for (Answer answer : answers) {
      if (!ids.add(answer.item().id())) {
        throw new IllegalArgumentException("Screening item answered twice: " + answer.item().id());
      }
    }
  }

  /** The answer to the item with this id, if it was asked. */
  public Optional<Answer> answer(String itemId) {
    return answers.stream().filter(a -> a.item().id().equals(itemId)).findFirst();
  }

  /**
   * The present absolute contraindications not overridden: while any remain, nothing is needled.
   */
  public List<Answer> blockers() {
    return answers.stream().filter(Answer::blocksNeedling).toList();
  }

  /**
   * This screening with every present absolute item not yet overridden overridden for {@code
   * reason}.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public Screening overriding(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Needling despite a contraindication needs a reason");
    }
    List<Answer> changed = new ArrayList<>();
    for (Answer answer : answers) {
      changed.add(
          answer.blocksNeedling()
              ? new Answer(answer.item(), true, answer.note(), reason)
              : answer);
    }
    return new Screening(changed);
  }

  @Override
  public RecordSection section() {
    return RecordSection.SCREENING;
  }

  @Override
  public RecordFields fields() {
    RecordFields fields = RecordFields.create();
    int n = 0;
    for (Answer answer : answers) {
      String key = "item." + ++n + ".";
      ScreeningItem item = answer.item();
      fields
          .put(key + "id", item.id())
          .put(key + "words", item.words())
          .put(key + "category", item.category())
          .put(key + "alert", item.alertId())
          .put(key + "present", answer.present())
          .put(key + "note", answer.note())
          .put(key + "override", answer.overrideReason());
    }
    return fields;
  }

  static Screening of(RecordFields fields) {
    List<Answer> answers = new ArrayList<>();
    Set<String> allowed = new HashSet<>();
    for (int n = 1; fields.keys().contains("item." + n + ".id"); n++) {
      String key = "item." + n + ".";
      for (String name :
          List.of("id", "words", "category", "alert", "present", "note", "override")) {
        allowed.add(key + name);
      }
      ScreeningItem item =
          new ScreeningItem(
              fields.text(key + "id"),
              fields.text(key + "words"),
              fields.constant(key + "category", ScreeningCategory.class),
              fields.optionalText(key + "alert"));
      answers.add(
          new Answer(
              item,
              fields.flag(key + "present"),
              fields.text(key + "note"),
              fields.text(key + "override")));
    }
    fields.only(allowed);
    return new Screening(answers);
  }
}
