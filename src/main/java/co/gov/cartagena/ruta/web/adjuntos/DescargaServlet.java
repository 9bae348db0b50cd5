package co.gov.cartagena.ruta.web.adjuntos;

import co.gov.cartagena.ruta.adjuntos.ServicioAdjuntos;
import co.gov.cartagena.ruta.adjuntos.TipoArchivo;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /app/adjuntos/descargar?id=…}: entrega un adjunto solo como descarga (nunca para mostrarse en la página),
 * con cabeceras que impiden al navegador interpretarlo. Protegido por la restricción de {@code /app/*}.
 */
@WebServlet("/app/adjuntos/descargar")
public class DescargaServlet extends HttpServlet {

    @Inject
    ServicioAdjuntos adjuntos;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id;
        try {
            id = Long.valueOf(req.getParameter("id"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ServicioAdjuntos.Descarga d;
        try {
            d = adjuntos.descargar(id);
        } catch (NoEncontrado | OperacionNoPermitida e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        escribir(resp, d);
    }

    /** Cabeceras de descarga segura: solo como archivo, sin que el navegador lo interprete. */
    private static void escribir(HttpServletResponse resp, ServicioAdjuntos.Descarga d) throws IOException {
        resp.setContentType("application/octet-stream");
        resp.setHeader("Content-Disposition", TipoArchivo.disposicion(d.nombre()));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(d.contenido().length);
        resp.getOutputStream().write(d.contenido());
    }
}
