package org.xueliang.ingest.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.av_free;
import static org.bytedeco.ffmpeg.global.avutil.av_malloc;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.xueliang.ingest.sampling.AnalysisSize;

/**
 * Converts decoded pictures with swscale straight to packed BGR24 at the analysis size, in one
 * pass: the full-size picture is never converted to BGR. Holds a native output buffer with rows
 * aligned for swscale's vector code; {@link #close()} frees it and the context.
 */
final class BgrScaler implements AutoCloseable {
    private static final int ROW_ALIGNMENT = 64;

    private final AnalysisSize size;
    private final int rowBytes;
    private final int stride;
    private final BytePointer pixels;
    private final PointerPointer<BytePointer> planes;
    private final IntPointer strides;
    private SwsContext context;

    BgrScaler(AnalysisSize size) {
        this.size = size;
        this.rowBytes = size.width() * 3;
        this.stride = (rowBytes + ROW_ALIGNMENT - 1) / ROW_ALIGNMENT * ROW_ALIGNMENT;
        long bytes = (long) stride * size.height();
        this.pixels = new BytePointer(av_malloc(bytes)).capacity(bytes);
        // swscale reads four plane pointers and strides even for a packed format
        this.planes = new PointerPointer<BytePointer>(4).put(0, pixels);
        this.strides = new IntPointer(4).put(0, stride);
    }

    /** The picture as packed BGR24 rows without padding. */
    byte[] convert(AVFrame frame) {
        context = sws_getCachedContext(context, frame.width(), frame.height(), frame.format(), size.width(),
                size.height(), AV_PIX_FMT_BGR24, SWS_BILINEAR, null, null, (DoublePointer) null);
        if (context == null) {
            throw new IllegalStateException("swscale cannot convert pixel format " + frame.format() + " at "
                    + frame.width() + "x" + frame.height() + " to BGR24 " + size.width() + "x" + size.height());
        }
        sws_scale(context, frame.data(), frame.linesize(), 0, frame.height(), planes, strides);
        byte[] bgr = new byte[rowBytes * size.height()];
        for (int row = 0; row < size.height(); row++) {
            pixels.position((long) row * stride).get(bgr, row * rowBytes, rowBytes);
        }
        pixels.position(0);
        return bgr;
    }

    @Override
    public void close() {
        sws_freeContext(context);
        context = null;
        av_free(pixels.position(0));
        planes.close();
        strides.close();
    }
}
