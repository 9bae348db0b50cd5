package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Las cifras externas anuales que sirven de denominador a indicadores calculados. Hoy: la población migrante,
 * colombianos retornados y de acogida estimada para cada año (GE.R1). Las registran administradores y supervisores,
 * con su fuente; cada registro queda en la auditoría y ninguno se sobrescribe.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class DatosExternos {

    /** Indicadores calculados cuyo denominador es una cifra externa anual. */
    public static final Set<String> CON_DENOMINADOR_EXTERNO = Set.of("GE.R1");

    @Inject
    RepositorioIndicadores repositorio;


    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    public DatoExternoAnual registrar(String indicador, int anio, BigDecimal valor, String fuente,
            LocalDate fechaDato) {
        Usuario u = acceso.exigir(x -> x.tiene(Rol.ADMINISTRADOR) || x.tiene(Rol.SUPERVISOR), Denegacion.operacion(
                "dato_externo_anual", null, "registrar una cifra externa de " + indicador,
                Texto.de("indicadores.soloAdministradoresSupervisoresRegistran")));
        ReglaIncumplida.exigir(CON_DENOMINADOR_EXTERNO.contains(indicador), "indicador",
                Texto.de("indicadores.indicadorNoUsaCifra", indicador));
        DatoExternoAnual dato = new DatoExternoAnual(indicador, anio, valor, fuente, fechaDato, u.getUsuario());
        repositorio.guardar(dato);
        auditor.registrar(Accion.CREAR, "dato_externo_anual", dato.getId(), indicador + " " + anio + ": "
                + ServicioIndicadores.texto(valor) + " (" + dato.getFuente() + ")");
        return dato;
    }

    /** La cifra vigente (la registrada más recientemente) de ese indicador y año. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DatoExternoAnual> vigente(String indicador, int anio) {
        return historia(indicador).stream().filter(d -> d.getAnio() == anio).findFirst();
    }

    /** Todas las cifras registradas, por año y de la más reciente a la más vieja. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DatoExternoAnual> historia(String indicador) {
        return repositorio.datosExternos(indicador);
    }
}
