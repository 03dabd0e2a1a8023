package cz.opora.documents;

import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP written part by part to a private temporary file (mode 600), never whole in memory, bounded in size and
 * time: past {@code maxBytes} of content (before compression) written or {@code maxTime} spent it stops with 422 {@code export-too-large} and deletes
 * the file. {@link #response} streams the finished file to the client and deletes it afterwards.
 */
public final class BoundedZip implements AutoCloseable {
    public static final String MEDIA_TYPE = "application/zip";

    private final Path file;
    private final ZipOutputStream zip;
    private final long maxBytes;
    private final Instant deadline;
    private long written;
    private boolean handedOver;

    public BoundedZip(long maxBytes, Duration maxTime) {
        this.maxBytes = maxBytes;
        this.deadline = Instant.now().plus(maxTime);
        try {
            this.file = Files.createTempFile("opora-export-", ".zip",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a part; write it to the returned stream (closing that stream only ends the part). */
    public OutputStream part(String name) {
        checkTime();
        try {
            zip.putNextEntry(new ZipEntry(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FilterOutputStream(zip) {
            @Override
            public void write(int b) throws IOException {
                count(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                count(len);
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                zip.closeEntry();
            }
        };
    }

    /** For long parts: call now and then (for example per page of rows). */
    public void checkTime() {
        if (Instant.now().isAfter(deadline)) {
            throw tooLarge("took longer than the export's time limit");
        }
    }

    /** Finishes the ZIP and answers it; the file is deleted once sent (or if sending fails). */
    public Response response(String fileName) {
        try {
            zip.finish();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handedOver = true;
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Content-Length", size())
                .build();
    }

    Path file() {
        return file;
    }

    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file unless it was handed over to {@link #response}. */
    @Override
    public void close() {
        if (!handedOver) {
            try {
                zip.close();
            } catch (IOException | RuntimeException ignored) {
                // the file goes anyway
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void count(int bytes) {
        written += bytes;
        if (written > maxBytes) {
            throw tooLarge("is larger than the export's size limit (" + maxBytes / (1024 * 1024) + " MB)");
        }
    }

    private static ProblemException tooLarge(String why) {
        return new ProblemException(Problem.of(422, "export-too-large", "Export too large",
                "The export " + why + "; ask the administrator to raise the limit."));
    }
}
