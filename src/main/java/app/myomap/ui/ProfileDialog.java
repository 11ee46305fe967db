package app.myomap.ui;

import app.myomap.model.Practitioner;
import app.myomap.model.RegistrationNumber;
import app.myomap.store.PinHasher;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Image;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * Adds or edits a practitioner's profile: name, profession, qualifications, registration and
 * provider numbers, an optional signature image (scaled down and kept as a small PNG), an optional
 * PIN and, for an existing profile, whether it is retired. What is wrong with a field shows under
 * it as it is typed, and Save waits until everything is fine.
 */
final class ProfileDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  /** The largest signature kept, in pixels; a larger image is scaled down to fit. */
  static final int SIGNATURE_WIDTH_PX = 600;

  static final int SIGNATURE_HEIGHT_PX = 200;

  private final transient Practitioner editing;
  private final transient Predicate<String> nameTaken;
  private final JTextField name = field("profile.name", 28);
  private final JTextField profession = field("profile.profession", 28);
  private final JTextField qualifications = field("profile.qualifications", 28);
  private final JTextField registration = field("profile.registration", 18);
  private final JTextField provider = field("profile.provider", 18);
  private final JPasswordField pin = new JPasswordField(12);
  private final JPasswordField pinAgain = new JPasswordField(12);
  private final JCheckBox removePin = new JCheckBox(Messages.get("Profile.pin.remove"));
  private final JCheckBox retired = new JCheckBox(Messages.get("Profile.retired"));
  private final JLabel signatureShown = new JLabel();
  private final FieldProblem nameProblem = new FieldProblem(name, "profile.name.error");
  private final FieldProblem registrationProblem =
      new FieldProblem(registration, "profile.registration.error");
  private final FieldProblem pinProblem = new FieldProblem(pinAgain, "profile.pin.error");
  private final JButton save = new JButton(Messages.get("Profile.ok"));
  private transient byte[] signaturePng;
  private transient Practitioner result;

  private ProfileDialog(Window owner, Practitioner editing, Predicate<String> nameTaken) {
    super(owner, Messages.get(editing == null ? "Profile.add.title" : "Profile.edit.title"));
    setModal(true);
    setName("profileDialog");
    this.editing = editing;
    this.nameTaken = nameTaken;
    pin.setName("profile.pin");
    pinAgain.setName("profile.pinAgain");
    removePin.setName("profile.removePin");
    retired.setName("profile.retired");
    signatureShown.setName("profile.signature");
    if (editing != null) {
      name.setText(editing.name());
      profession.setText(editing.profession());
      qualifications.setText(editing.qualifications());
      registration.setText(editing.registrationNumber());
      provider.setText(editing.providerNumber());
      signaturePng = editing.signaturePng();
      retired.setSelected(editing.retired());
    }
    setContentPane(content());
    for (JTextField f : new JTextField[] {name, registration, pin, pinAgain}) {
      TextEdits.onEdit(f, this::check);
    }
    removePin.addActionListener(e -> check());
    showSignature();
    check();
    getRootPane().setDefaultButton(save);
    Dialogs.closeOnEscape(this);
    pack();
    setResizable(false);
    setLocationRelativeTo(owner);
  }

  /**
   * Asks for a new profile; the draft (its id is given by the store), or empty when cancelled.
   * {@code nameTaken} says whether a name belongs to another profile.
   */
  static Optional<Practitioner> add(Window owner, Predicate<String> nameTaken) {
    ProfileDialog dialog = new ProfileDialog(owner, null, nameTaken);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }

  /** Edits {@code profile}; its next revision as changed, or empty when cancelled. */
  static Optional<Practitioner> edit(
      Window owner, Practitioner profile, Predicate<String> nameTaken) {
    ProfileDialog dialog = new ProfileDialog(owner, profile, nameTaken);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }

  private JPanel content() {
    JPanel form = new JPanel(new GridBagLayout());
    int row = 0;
    row = addRow(form, row, "Profile.name", name, nameProblem.label(), null);
    row = addRow(form, row, "Profile.profession", profession, null, "Profile.profession.hint");
    row =
        addRow(
            form,
            row,
            "Profile.qualifications",
            qualifications,
            null,
            "Profile.qualifications.hint");
    row =
        addRow(
            form,
            row,
            "Profile.registration",
            registration,
            registrationProblem.label(),
            "Profile.registration.hint");
    row = addRow(form, row, "Profile.provider", provider, null, null);
    row = addRow(form, row, "Profile.signature", signatureRow(), null, null);
    row =
        addRow(
            form,
            row,
            "Profile.pin",
            pin,
            null,
            editing != null && editing.hasPin() ? "Profile.pin.keep" : "Profile.pin.hint");
    row = addRow(form, row, "Profile.pin.repeat", pinAgain, pinProblem.label(), null);
    if (editing != null && editing.hasPin()) {
      row = addRow(form, row, null, removePin, null, null);
    }
    if (editing != null) {
      addRow(form, row, null, retired, null, null);
    }
    save.setName("profile.ok");
    save.addActionListener(e -> accept());
    JButton cancel = new JButton(Messages.get("Profile.cancel"));
    cancel.setName("profile.cancel");
    cancel.addActionListener(e -> dispose());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(save);
    buttons.add(cancel);
    JPanel content = new JPanel(new BorderLayout(0, 14));
    content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
    content.add(form, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    return content;
  }

  private static int addRow(
      JPanel form, int row, String labelKey, JComponent field, JLabel problem, String hintKey) {
    GridBagConstraints at = new GridBagConstraints();
    at.gridy = row;
    at.insets = new Insets(2, 0, 0, 8);
    at.anchor = GridBagConstraints.LINE_START;
    if (labelKey != null) {
      JLabel label = new JLabel(Messages.get(labelKey));
      label.setLabelFor(field);
      at.gridx = 0;
      form.add(label, at);
    }
    at.gridx = 1;
    at.fill = GridBagConstraints.HORIZONTAL;
    at.weightx = 1;
    form.add(field, at);
    int next = row + 1;
    for (JLabel below : new JLabel[] {problem, hint(hintKey)}) {
      if (below != null) {
        GridBagConstraints under = (GridBagConstraints) at.clone();
        under.gridy = next++;
        under.insets = new Insets(0, 0, 0, 8);
        form.add(below, under);
      }
    }
    return next;
  }

  private static JLabel hint(String key) {
    if (key == null) {
      return null;
    }
    JLabel hint = new JLabel(Messages.get(key));
    hint.putClientProperty("FlatLaf.styleClass", "small");
    hint.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
    return hint;
  }

  private JPanel signatureRow() {
    JButton choose = new JButton(Messages.get("Profile.signature.choose"));
    choose.setName("profile.signature.choose");
    choose.addActionListener(e -> chooseSignature());
    JButton remove = new JButton(Messages.get("Profile.signature.remove"));
    remove.setName("profile.signature.remove");
    remove.addActionListener(
        e -> {
          signaturePng = null;
          showSignature();
        });
    JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
    row.add(signatureShown);
    row.add(choose);
    row.add(remove);
    return row;
  }

  private void showSignature() {
    if (signaturePng == null) {
      signatureShown.setIcon(null);
      signatureShown.setText(Messages.get("Profile.signature.none"));
      return;
    }
    ImageIcon icon = new ImageIcon(signaturePng);
    int height = 32;
    int width = Math.max(1, icon.getIconWidth() * height / Math.max(1, icon.getIconHeight()));
    signatureShown.setText("");
    signatureShown.setIcon(
        new ImageIcon(icon.getImage().getScaledInstance(width, height, Image.SCALE_SMOOTH)));
  }

  private void chooseSignature() {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileFilter(
        new FileNameExtensionFilter("PNG, JPEG", "png", "jpg", "jpeg", "gif", "bmp"));
    if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    try {
      signaturePng = signaturePng(chooser.getSelectedFile().toPath());
      showSignature();
      pack();
    } catch (IOException | IllegalArgumentException e) {
      JOptionPane.showMessageDialog(
          this,
          Messages.get(
              e instanceof IOException
                  ? "Profile.signature.unreadable"
                  : "Profile.signature.tooLarge"),
          Messages.get("Profile.signature"),
          JOptionPane.WARNING_MESSAGE);
    }
  }

  /**
   * The image in {@code file} as the PNG kept for a signature: scaled down to fit {@link
   * #SIGNATURE_WIDTH_PX} by {@link #SIGNATURE_HEIGHT_PX} keeping its proportions.
   *
   * @throws IOException if the file is not a readable image
   * @throws IllegalArgumentException if the PNG is larger than a profile keeps
   */
  static byte[] signaturePng(Path file) throws IOException {
    BufferedImage read = ImageIO.read(file.toFile());
    if (read == null) {
      throw new IOException("Not an image: " + file);
    }
    double scale =
        Math.min(
            1,
            Math.min(
                SIGNATURE_WIDTH_PX / (double) read.getWidth(),
                SIGNATURE_HEIGHT_PX / (double) read.getHeight()));
    int width = Math.max(1, (int) Math.round(read.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(read.getHeight() * scale));
    BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = scaled.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.drawImage(read, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(scaled, "png", png);
    if (png.size() > Practitioner.MAX_SIGNATURE_BYTES) {
      throw new IllegalArgumentException("Signature PNG too large: " + png.size());
    }
    return png.toByteArray();
  }

  private static JTextField field(String id, int columns) {
    JTextField field = new JTextField(columns);
    field.setName(id);
    return field;
  }

  /**
   * What is wrong with a typed name, or null when it is fine; {@code taken} says whether a name is
   * another profile's.
   */
  static String nameProblem(String text, Predicate<String> taken) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return Messages.get("Practitioner.name.required");
    }
    if (stripped.length() > Practitioner.MAX_NAME_LENGTH) {
      return Messages.format(
          "Practitioner.name.tooLong", String.valueOf(Practitioner.MAX_NAME_LENGTH));
    }
    if (taken.test(stripped)) {
      return Messages.get("Practitioner.name.taken");
    }
    return null;
  }

  private String registrationProblem() {
    RegistrationNumber.Problem problem = RegistrationNumber.problem(registration.getText());
    return problem == null ? null : Messages.get("Profile.registration." + problem.name());
  }

  private String pinProblem() {
    char[] typed = pin.getPassword();
    char[] again = pinAgain.getPassword();
    try {
      if (typed.length == 0 && again.length == 0) {
        return null;
      }
      if (!PinHasher.wellFormed(typed)) {
        return Messages.get("Profile.pin.shape");
      }
      return Arrays.equals(typed, again) ? null : Messages.get("Profile.pin.mismatch");
    } finally {
      Arrays.fill(typed, '\0');
      Arrays.fill(again, '\0');
    }
  }

  private void check() {
    String nameText = nameProblem(name.getText(), nameTaken);
    String registrationText = registrationProblem();
    String pinText = pinAgain.getPassword().length == 0 ? null : pinProblem();
    nameProblem.show(name.getText().isEmpty() ? null : nameText);
    registrationProblem.show(registrationText);
    pinProblem.show(pinText);
    save.setEnabled(nameText == null && registrationText == null && pinProblem() == null);
  }

  private void accept() {
    if (nameProblem(name.getText(), nameTaken) != null
        || registrationProblem() != null
        || pinProblem() != null) {
      return;
    }
    Practitioner base =
        editing != null ? editing : Practitioner.named("new", name.getText().strip());
    Practitioner changed =
        base.withDetails(
                name.getText(),
                profession.getText(),
                qualifications.getText(),
                RegistrationNumber.normalized(registration.getText()),
                provider.getText())
            .withSignature(signaturePng)
            .withRetired(retired.isSelected());
    char[] typed = pin.getPassword();
    try {
      if (typed.length > 0) {
        changed = changed.withPin(new PinHasher().hash(typed));
      } else if (removePin.isSelected()) {
        changed = changed.withPin(null);
      }
    } finally {
      Arrays.fill(typed, '\0');
    }
    result = changed;
    dispose();
  }
}
