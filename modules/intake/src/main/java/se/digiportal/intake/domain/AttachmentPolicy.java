package se.digiportal.intake.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * What may be attached to an initiative: PDF, Office documents and images, recognised by their content and
 * not only by their name, within a size and count limit. A refused file is named in a Swedish field error
 * on "file" and nothing of it is stored.
 */
public final class AttachmentPolicy {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** Extension → content type and the signature the content must start with. */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", PDF)),
            Map.entry("png", new Kind("image/png", PNG)),
            Map.entry("jpg", new Kind("image/jpeg", JPEG)),
            Map.entry("jpeg", new Kind("image/jpeg", JPEG)),
            Map.entry("gif", new Kind("image/gif", GIF)),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("doc", new Kind("application/msword", OLE)),
            Map.entry("xls", new Kind("application/vnd.ms-excel", OLE)),
            Map.entry("ppt", new Kind("application/vnd.ms-powerpoint", OLE)));

    public static final int NAME_MAX_LENGTH = 200;

    private final long maxBytes;
    private final int maxCount;

    public AttachmentPolicy(long maxBytes, int maxCount) {
        if (maxBytes < 1 || maxCount < 1) {
            throw new IllegalArgumentException("attachment limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxCount = maxCount;
    }

    /** The content type of an acceptable file; refuses anything else, before anything is stored. */
    public String check(String fileName, byte[] content, int alreadyAttached) {
        if (!isSafeName(fileName)) {
            throw InvalidInputException.of("file", "intake.attachment.name");
        }
        if (alreadyAttached >= maxCount) {
            throw InvalidInputException.of("file", "intake.attachment.tooMany");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "intake.attachment.empty");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.of("file", "intake.attachment.tooLarge");
        }
        String name = fileName.trim();
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null || !startsWith(content, kind.signature())) {
            throw InvalidInputException.of("file", "intake.attachment.type");
        }
        return kind.contentType();
    }

    /**
     * A plain file name: no directories, no "..", no control or reserved characters. The name is only ever
     * shown; the stored file gets a generated name, so this is the first of two guards.
     */
    static boolean isSafeName(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.length() > NAME_MAX_LENGTH) {
            return false;
        }
        String name = fileName.trim();
        return !name.contains("..") && !name.startsWith(".") && name.chars().noneMatch(c -> c < 0x20 || c == 0x7F
                || "/\\:*?\"<>|".indexOf(c) >= 0);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }

    public long maxBytes() { return maxBytes; }
    public int maxCount() { return maxCount; }

    private record Kind(String contentType, byte[] signature) {
    }
}
