package ogi.query.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CJK font the PDF documents embed: {@code query.export.cjk-font} if set and readable, else the usual system
 * places (Debian's fonts-wqy-microhei, Noto CJK, WenQuanYi Zen Hei). Without one a PDF is refused (503), never
 * rendered with boxes for every character.
 */
@ApplicationScoped
public class CjkFont {
    private static final List<String> PLACES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private final Optional<String> configured;

    public CjkFont(@ConfigProperty(name = "query.export.cjk-font") Optional<String> configured) {
        this.configured = configured;
    }

    /** Thrown when no CJK font is installed: the service says so instead of writing unreadable text. */
    public static final class Missing extends RuntimeException {
        Missing() {
            super("no CJK font found (set query.export.cjk-font, or install fonts-wqy-microhei)");
        }
    }

    public Path file() {
        if (configured.isPresent() && Files.isReadable(Path.of(configured.get()))) {
            return Path.of(configured.get());
        }
        return PLACES.stream().map(Path::of).filter(Files::isReadable).findFirst().orElseThrow(Missing::new);
    }
}
