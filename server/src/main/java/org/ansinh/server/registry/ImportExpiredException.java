package org.ansinh.server.registry;

/**
 * An import whose preview can no longer be committed: the server stopped without a clean shutdown
 * after the file was checked, and its staged rows were lost (see {@link ImportBatches}). The file
 * must be uploaded again; nothing of it was written.
 */
public class ImportExpiredException extends RuntimeException {

  private final long id;

  ImportExpiredException(long id) {
    super(
        "Bản xem trước của lần nhập "
            + id
            + " đã hết hạn (máy chủ khởi động lại): tải tệp lên lại / The preview of import "
            + id
            + " expired (the server restarted): upload the file again");
    this.id = id;
  }

  /** The import's id. */
  public long id() {
    return id;
  }
}
