package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.indicadores.cortes.Cortes;
import co.gov.cartagena.ruta.indicadores.cortes.Cortes.Cifra;
import co.gov.cartagena.ruta.indicadores.cortes.Cortes.ClaveCambiada;
import co.gov.cartagena.ruta.indicadores.cortes.Cortes.Corte;
import co.gov.cartagena.ruta.indicadores.cortes.Cortes.Revision;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code app/indicadores/cortes.xhtml}: los cortes cerrados; un supervisor cierra uno nuevo (fecha y observación,
 * con confirmación) y cualquiera de los roles del tablero ve un corte: sus cifras congeladas frente a las de hoy a
 * la misma fecha, con las diferencias resaltadas y los registros que entraron o salieron. Admite {@code ?id=}.
 */
@Named("cortesIndicadores")
@ViewScoped
public class CortesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cortes cortes;

    @Inject
    UsuarioActual usuarioActual;

    private List<Corte> lista = List.of();
    private LocalDate fecha;
    private String observacion;
    private Revision revision;
    private boolean soloDiferencias = true;

    /** Al abrir la página: la lista y, con {@code ?id=}, la revisión de ese corte; 403 si el rol no los ve. */
    public void cargar() {
        try {
            lista = cortes.listar();
            String id = Pagina.parametro("id");
            if (id != null && !id.isBlank()) {
                ver(Long.parseLong(id.trim()));
            }
        } catch (OperacionNoPermitida e) {
            Pagina.prohibir();
        } catch (NumberFormatException e) {
            Mensajes.error(Pagina.texto("cortes.idInvalido"));
        } catch (NoEncontrado e) {
            Mensajes.error(Mensajes.delDominio(e));
        }
    }

    /** Cierra el corte del formulario (tras la confirmación) y lo muestra. */
    public void cerrar() {
        try {
            Corte c = cortes.cerrar(fecha, observacion);
            Pagina.informar("cortes.cerrado", Fechas.formatear(c.fecha()));
            fecha = null;
            observacion = null;
            lista = cortes.listar();
            revision = null;
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    /** Revisa un corte: lo congelado contra lo de hoy a la misma fecha (queda en la auditoría). */
    public void ver(long id) {
        try {
            revision = cortes.revisar(id);
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public void cerrarRevision() {
        revision = null;
    }

    public boolean isCierra() {
        return usuarioActual.get().map(u -> u.tiene(Rol.SUPERVISOR)).orElse(false);
    }

    public List<Corte> getLista() {
        return lista;
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public void setFecha(LocalDate fecha) {
        this.fecha = fecha;
    }

    public String getObservacion() {
        return observacion;
    }

    public void setObservacion(String observacion) {
        this.observacion = observacion;
    }

    public Revision getRevision() {
        return revision;
    }

    public boolean isSoloDiferencias() {
        return soloDiferencias;
    }

    public void setSoloDiferencias(boolean soloDiferencias) {
        this.soloDiferencias = soloDiferencias;
    }

    /** Las cifras de la revisión: todas o solo las que cambiaron. */
    public List<Cifra> getCifras() {
        if (revision == null) {
            return List.of();
        }
        return soloDiferencias ? revision.cifras().stream().filter(Cifra::difiere).toList() : revision.cifras();
    }

    public List<ClaveCambiada> getClaves() {
        return revision == null ? List.of() : revision.claves();
    }

    /** Cuántas claves entraron o salieron de una cifra (los listados se cortan; el total no). */
    public long total(String codigo, int anio, boolean entraron) {
        if (revision == null) {
            return 0;
        }
        return revision.totales().getOrDefault(codigo + "/" + anio + (entraron ? "/entraron" : "/salieron"), 0L);
    }

    public String numero(BigDecimal cifra) {
        return cifra == null ? "—" : Pagina.numero(cifra, Pagina.idioma());
    }

    public String fecha(Object f) {
        return f == null ? "" : Fechas.formatear(f);
    }

    /** El periodo de una cifra: el cuatrienio (0) o el año. */
    public String periodo(int anio) {
        return anio == 0 ? Pagina.texto("cortes.cuatrienio") : String.valueOf(anio);
    }
}
