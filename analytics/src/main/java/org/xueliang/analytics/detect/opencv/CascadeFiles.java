package org.xueliang.analytics.detect.opencv;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Loader;
import org.xueliang.analytics.detect.DetectorModelException;

/**
 * Finds a cascade file: an existing path as given, else a cascade shipped inside the bytedeco
 * OpenCV jar, extracted once into the JavaCPP cache (OpenCV reads files, not class-path
 * resources).
 */
final class CascadeFiles {
    private static final String[] SHIPPED = {
        "/org/bytedeco/opencv/linux-x86_64/share/opencv4/haarcascades/",
        "/org/bytedeco/opencv/linux-x86_64/share/opencv4/lbpcascades/",
    };

    private CascadeFiles() {
    }

    /**
     * @param cascade a file path or the name of a shipped cascade
     * @return a readable file
     * @throws DetectorModelException naming the cascade and where it was looked for
     */
    static File resolve(String cascade) {
        Path path = Path.of(cascade);
        if (Files.isRegularFile(path)) {
            return path.toFile();
        }
        if (!cascade.contains("/")) {
            for (String folder : SHIPPED) {
                URL resource = CascadeFiles.class.getResource(folder + cascade);
                if (resource != null) {
                    return extract(cascade, resource);
                }
            }
        }
        throw new DetectorModelException("cascade '" + cascade + "': no such file, and no cascade of that name "
                + "ships in the OpenCV jar; expected a path to a cascade XML or a shipped name such as "
                + "haarcascade_fullbody.xml, haarcascade_frontalface_default.xml, "
                + "haarcascade_russian_plate_number.xml, lbpcascade_frontalface_improved.xml");
    }

    private static File extract(String cascade, URL resource) {
        try {
            return Loader.cacheResource(resource);
        } catch (IOException e) {
            throw new DetectorModelException("cascade '" + cascade + "': could not extract " + resource
                    + " into the JavaCPP cache: " + e.getMessage(), e);
        }
    }
}
