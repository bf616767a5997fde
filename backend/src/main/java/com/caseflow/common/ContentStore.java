package com.caseflow.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Files named by the SHA-256 of their content under one directory ({@code <root>/ab/abcdef…}).
 * Content is first streamed to a temporary file in the same directory tree while it is hashed, then
 * moved into place atomically, so a reader never sees a half-written file. The same content is stored
 * once; a stored file is never overwritten or deleted by this class. A staged file that is never
 * committed is deleted by {@link Staged#close()}.
 *
 * <p>Callers store the file first and insert the row that points to it afterwards: a failed insert
 * leaves at worst an orphan file (harmless, can be swept), never a row without its file.
 */
public class ContentStore {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path root;
  private final Path tmp;

  public ContentStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.tmp = this.root.resolve("tmp");
  }

  public Path root() {
    return root;
  }

  /** Streams {@code in} to a temporary file, hashing it and keeping its first {@code headBytes} bytes. */
  public Staged stage(InputStream in, int headBytes) throws IOException {
    Files.createDirectories(tmp);
    Path file = Files.createTempFile(tmp, "upload-", ".part");
    MessageDigest digest = sha256();
    byte[] head = new byte[headBytes];
    int headLength = 0;
    long size = 0;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (headLength < headBytes) {
          int take = Math.min(n, headBytes - headLength);
          System.arraycopy(buffer, 0, head, headLength, take);
          headLength += take;
        }
        out.write(buffer, 0, n);
        size += n;
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Staged(file, HexFormat.of().formatHex(digest.digest()), size, Arrays.copyOf(head, headLength));
  }

  /** Stages and commits bytes in one step (generated files). */
  public String store(byte[] content) {
    try (Staged staged = stage(new java.io.ByteArrayInputStream(content), 0)) {
      commit(staged);
      return staged.sha256();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Moves a staged file to its content address. When that file already exists with the same size the
   * staged copy is dropped: identical content is stored once.
   */
  public Path commit(Staged staged) throws IOException {
    Path target = path(staged.sha256());
    Files.createDirectories(target.getParent());
    if (Files.exists(target) && Files.size(target) == staged.size()) {
      Files.deleteIfExists(staged.file());
      staged.committed = true;
      return target;
    }
    try {
      Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staged.file(), target, StandardCopyOption.REPLACE_EXISTING);
    }
    staged.committed = true;
    return target;
  }

  public Path path(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  public boolean exists(String sha256) {
    return Files.isRegularFile(path(sha256));
  }

  public static String sha256Hex(byte[] content) {
    return HexFormat.of().formatHex(sha256().digest(content));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A hashed upload in the temporary folder, not yet at its content address. */
  public static final class Staged implements AutoCloseable {
    private final Path file;
    private final String sha256;
    private final long size;
    private final byte[] head;
    private boolean committed;

    Staged(Path file, String sha256, long size, byte[] head) {
      this.file = file;
      this.sha256 = sha256;
      this.size = size;
      this.head = head;
    }

    public Path file() {
      return file;
    }

    public String sha256() {
      return sha256;
    }

    public long size() {
      return size;
    }

    public byte[] head() {
      return head.clone();
    }

    @Override
    public void close() {
      if (!committed) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // an orphan temporary file is harmless
        }
      }
    }
  }
}
