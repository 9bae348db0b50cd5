package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.auditoria.ConsultaAuditoria;
import co.gov.cartagena.ruta.auditoria.FiltroAuditoria;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Datos reales que muestra la página de inicio de cada rol. */
@Named("inicio")
@RequestScoped
public class InicioBacking {

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    RepositorioSedes sedes;

    @Inject
    ConsultaAuditoria auditoria;

    private List<RegistroAuditoria> auditoriaReciente;

    public LocalDate getHoy() {
        return Fechas.hoy();
    }

    @Inject
    co.gov.cartagena.ruta.casos.ServicioCasos casos;

    /** Casos abiertos asignados al gestor (0 si no trabaja casos). */
    private Long misCasos;
    private Long casosDeMiSede;

    public long getMisCasos() {
        if (misCasos == null) {
            misCasos = contarMios();
        }
        return misCasos;
    }

    private long contarMios() {
        return usuarioActual.get().filter(co.gov.cartagena.ruta.casos.PoliticaAcceso::trabajaCasos)
                .map(u -> casos.contar(co.gov.cartagena.ruta.casos.FiltroCasos.mios())).orElse(0L);
    }

    /** Casos visibles de las sedes del usuario. */
    public long getCasosDeMiSede() {
        if (casosDeMiSede == null) {
            casosDeMiSede = contarDeMiSede();
        }
        return casosDeMiSede;
    }

    private long contarDeMiSede() {
        return usuarioActual.get().filter(co.gov.cartagena.ruta.casos.PoliticaAcceso::trabajaCasos)
                .map(u -> casos.contar(co.gov.cartagena.ruta.casos.FiltroCasos.todos())).orElse(0L);
    }

    public int getSedesRegistradas() {
        return sedes.todas().size();
    }

    /** Últimas entradas del rastro; solo para auditores (y esta consulta también queda en el rastro). */
    public List<RegistroAuditoria> getAuditoriaReciente() {
        if (auditoriaReciente == null) {
            boolean auditor = usuarioActual.get().map(u -> u.tiene(Rol.AUDITOR)).orElse(false);
            auditoriaReciente = auditor ? auditoria.buscar(FiltroAuditoria.TODO, 0, 10) : List.of();
        }
        return auditoriaReciente;
    }
}
