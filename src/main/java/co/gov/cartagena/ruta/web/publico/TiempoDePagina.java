package co.gov.cartagena.ruta.web.publico;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code Server-Timing: app;dur=<ms>} también en la página pública: la página se dibuja en memoria y se envía
 * entera al final, con el tiempo del servidor (Faces incluido) en la cabecera, como los datos abiertos y la API. Un
 * error (404 de un corte no publicado) pasa tal cual.
 */
@WebFilter(urlPatterns = "/publico/avance.xhtml")
public class TiempoDePagina extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long inicio = System.nanoTime();
        EnMemoria memoria = new EnMemoria(resp);
        chain.doFilter(req, memoria);
        byte[] cuerpo = memoria.bytes();
        if (!resp.isCommitted()) {
            resp.setHeader("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f",
                    (System.nanoTime() - inicio) / 1_000_000.0));
            if (cuerpo.length > 0) {
                resp.setContentLength(cuerpo.length);
            }
        }
        if (cuerpo.length > 0) {
            resp.getOutputStream().write(cuerpo);
        }
    }

    /** La respuesta escrita en memoria hasta el final. */
    static final class EnMemoria extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
        private ServletOutputStream salida;
        private PrintWriter escritor;

        EnMemoria(HttpServletResponse resp) {
            super(resp);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (salida == null) {
                salida = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return salida;
        }

        @Override
        public PrintWriter getWriter() {
            if (escritor == null) {
                String cs = getCharacterEncoding();
                Charset charset = cs == null ? StandardCharsets.ISO_8859_1 : Charset.forName(cs);
                escritor = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return escritor;
        }

        @Override
        public void flushBuffer() {
            if (escritor != null) {
                escritor.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // La pone el filtro al final.
        }

        @Override
        public void setContentLengthLong(long len) {
            // La pone el filtro al final.
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            super.reset();
            buffer.reset();
        }

        byte[] bytes() {
            if (escritor != null) {
                escritor.flush();
            }
            return buffer.toByteArray();
        }
    }
}
