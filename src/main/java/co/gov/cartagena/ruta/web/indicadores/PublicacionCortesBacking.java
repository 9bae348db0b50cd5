package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.indicadores.publicacion.Publicaciones;
import co.gov.cartagena.ruta.indicadores.publicacion.Publicaciones.Publicacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * La columna «Publicación» de {@code app/indicadores/cortes.xhtml} (issue 17): si cada corte está publicado en la
 * página pública y los datos abiertos, y los botones del supervisor para publicarlo o retirarlo (con confirmación).
 */
@Named("publicacionCortes")
@ViewScoped
public class PublicacionCortesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Publicaciones publicaciones;

    @Inject
    UsuarioActual usuarioActual;

    private Map<Long, Publicacion> estados;

    private Map<Long, Publicacion> estados() {
        if (estados == null) {
            try {
                estados = publicaciones.estados();
            } catch (OperacionNoPermitida e) {
                estados = Map.of();
            }
        }
        return estados;
    }

    public boolean isPublica() {
        return usuarioActual.get().map(u -> u.tiene(Rol.SUPERVISOR)).orElse(false);
    }

    public boolean publicado(long corteId) {
        Publicacion p = estados().get(corteId);
        return p != null && p.publicado();
    }

    /** «Publicado el …», «Retirado el …» o «No publicado». */
    public String estado(long corteId) {
        Publicacion p = estados().get(corteId);
        if (p == null) {
            return Pagina.texto("publico.cortes.noPublicado");
        }
        return p.publicado() ? Pagina.texto("publico.cortes.publicado", Fechas.formatear(p.publicadoEn()))
                : Pagina.texto("publico.cortes.retirado", Fechas.formatear(p.retiradoEn()));
    }

    public void publicar(long corteId) {
        try {
            Publicacion p = publicaciones.publicar(corteId);
            Pagina.informar("publico.cortes.publicadoAhora", Fechas.formatear(p.fecha()));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
        estados = null;
    }

    public void retirar(long corteId) {
        try {
            Publicacion p = publicaciones.retirar(corteId);
            Pagina.informar("publico.cortes.retiradoAhora", Fechas.formatear(p.fecha()));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
        estados = null;
    }
}
