package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which mount a database lies on, from sample Linux mount tables. */
class NetworkShareTest {
  /** A clinic laptop: local root and home, a Samba share, an NFS home folder, an SSHFS mount. */
  private static final List<String> CLINIC =
      List.of(
          "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw",
          "23 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw",
          "40 22 259:3 / /home rw,relatime shared:30 - ext4 /dev/nvme0n1p3 rw",
          "61 22 0:52 / /mnt/clinic rw,relatime shared:40 - cifs //server/clinic rw,vers=3.1.1",
          "62 40 0:53 / /home/sam/nfs\\040home rw,relatime shared:41 - nfs4 nas:/export/sam rw",
          "63 40 0:54 / /home/sam/remote rw,nosuid,nodev shared:42 - fuse.sshfs sam@host: rw",
          "64 61 259:4 / /mnt/clinic/local-cache rw,relatime shared:43 - ext4 /dev/sdb1 rw");

  @Test
  void aFileOnTheLocalDiskIsNotOnAShare() {
    assertThat(NetworkShare.onMounts("/home/sam/MyoMap/myomap.db", CLINIC)).isEmpty();
    assertThat(NetworkShare.onMounts("/var/lib/myomap.db", CLINIC)).isEmpty();
  }

  @Test
  void theLongestMountPointAboveTheFileNamesItsFileSystem() {
    assertThat(NetworkShare.onMounts("/mnt/clinic/charts/myomap.db", CLINIC)).contains("cifs");
    assertThat(NetworkShare.onMounts("/mnt/clinic/local-cache/myomap.db", CLINIC)).isEmpty();
    assertThat(NetworkShare.onMounts("/home/sam/remote/myomap.db", CLINIC)).contains("fuse.sshfs");
  }

  @Test
  void aMountPointWithASpaceIsReadAsMountinfoEscapesIt() {
    assertThat(NetworkShare.onMounts("/home/sam/nfs home/myomap.db", CLINIC)).contains("nfs4");
    assertThat(NetworkShare.onMounts("/home/sam/nfs/myomap.db", CLINIC)).isEmpty();
  }

  @Test
  void aFolderNamedLikeAMountPointIsNotInsideIt() {
    assertThat(NetworkShare.onMounts("/mnt/clinicals/myomap.db", CLINIC)).isEmpty();
  }

  @Test
  void theLastMountOverAPointHidesTheEarlierOnes() {
    List<String> overmounted =
        List.of(
            "22 1 259:2 / / rw - ext4 /dev/sda1 rw",
            "30 22 0:40 / /srv rw - nfs server:/srv rw",
            "31 22 0:41 / /srv rw - tmpfs tmpfs rw");
    assertThat(NetworkShare.onMounts("/srv/myomap.db", overmounted)).isEmpty();
    assertThat(NetworkShare.onMounts("/srv/myomap.db", overmounted.subList(0, 2))).contains("nfs");
  }

  @Test
  void garbledLinesAreSkipped() {
    assertThat(
            NetworkShare.onMounts(
                "/mnt/x/myomap.db", List.of("", "garbage", "1 2 3 / /mnt/x rw - 9p", "1 2 3")))
        .contains("9p");
  }

  @Test
  void theFileSystemTypesJavaReportsAreRecognisedWithoutCase() {
    assertThat(NetworkShare.network("SMBFS")).contains("smbfs");
    assertThat(NetworkShare.network("nfs3")).contains("nfs3");
    assertThat(NetworkShare.network("webdav")).contains("webdav");
    assertThat(NetworkShare.network("NTFS")).isEmpty();
    assertThat(NetworkShare.network("apfs")).isEmpty();
    assertThat(NetworkShare.network(null)).isEmpty();
  }

  @Test
  void aFileInATemporaryFolderOfThisMachineIsLocal(@TempDir Path folder) {
    assertThat(NetworkShare.of(folder.resolve("not-yet-created.db"))).isEmpty();
  }
}
