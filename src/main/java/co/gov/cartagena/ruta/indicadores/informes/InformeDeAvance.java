package co.gov.cartagena.ruta.indicadores.informes;

import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.casos.PoliticaAcceso;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Exporta el informe de avance de los indicadores a una fecha de corte —para un año o el cuatrienio, para toda la
 * ciudad o una sede— en Excel, PDF o CSV ({@link FormatoInforme}). Frontera de transacción: comprueba el rol (los
 * que ven el tablero, {@link ServicioIndicadores#VEN_TABLERO}) y deja cada exportación en el rastro de auditoría
 * ({@link Accion#EXPORTAR}, con formato, periodo, corte y sede) en la misma transacción; un intento denegado, por seguridad/Acceso.
 *
 * <p>Cada exportación declara su {@link ContenidoExportado}. El informe de avance lleva solo cifras agregadas; una
 * que lleve datos personales exige además {@link PoliticaAcceso#puedeExportarDatosPersonales} ({@link #permite}).
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class InformeDeAvance {

    static final String ENTIDAD = "informe_indicadores";

    @Inject
    Clock reloj;

    @Inject
    ServicioIndicadores indicadores;

    @Inject
    RepositorioSedes sedes;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    /**
     * El informe de avance en el formato pedido.
     *
     * @param anio  año del plan, o {@code null} para el cuatrienio
     * @param corte fecha de corte, o {@code null} para hoy (limitada al periodo)
     * @param sede  código de sede, o {@code null} para todas
     * @throws ReglaIncumplida       con el campo ({@code anio}, {@code corte}, {@code sede}) si un filtro no vale
     * @throws OperacionNoPermitida si el rol no ve el tablero
     */
    public ArchivoInforme exportar(FormatoInforme formato, Integer anio, LocalDate corte, String sede) {
        Usuario quien = autorizar(ContenidoExportado.CIFRAS_AGREGADAS,
                Texto.de("indicadores.permiso.exportarInforme"));
        if (formato == null) {
            throw new ReglaIncumplida("formato", Texto.de("indicadores.faltaFormatoInformeXlsx"));
        }
        Informe informe = armar(quien, anio, corte, sede);
        byte[] contenido = formato.escribir(informe);
        auditor.registrar(Accion.EXPORTAR, ENTIDAD, null, "Informe de avance en " + formato.nombre() + ": "
                + informe.periodo() + ", corte " + informe.corteTexto() + ", sede: " + informe.sede() + "; "
                + informe.filas().size() + " indicadores; " + ContenidoExportado.CIFRAS_AGREGADAS.name()
                + " (sin datos personales); archivo " + informe.nombreArchivo(formato) + ", " + contenido.length
                + " bytes");
        return new ArchivoInforme(informe.nombreArchivo(formato), formato.tipoContenido(), contenido);
    }

    private Informe armar(Usuario quien, Integer anio, LocalDate corte, String sede) {
        LocalDate efectivo = ServicioIndicadores.corte(anio, corte, LocalDate.now(reloj));
        Optional<Sede> filtro = sede(sede);
        List<SeguimientoIndicador> medidos = indicadores.tablero(anio, efectivo,
                filtro.map(Sede::getCodigo).orElse(null));
        return new Informe(anio, efectivo, filtro.map(Sede::getCodigo).orElse(null),
                filtro.map(Sede::getNombre).orElse(null), quien.getUsuario(), ZonedDateTime.now(reloj),
                medidos.stream().map(Informe.Fila::de).toList());
    }

    private Optional<Sede> sede(String codigo) {
        if (codigo == null || codigo.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(sedes.porCodigo(codigo.strip()).orElseThrow(() -> new ReglaIncumplida("sede",
                Texto.de("indicadores.noHaySedeCodigo", codigo.strip()))));
    }

    /**
     * Si el usuario puede generar una exportación con ese contenido: ve el tablero y, si lleva datos personales,
     * además puede exportarlos ({@link PoliticaAcceso#puedeExportarDatosPersonales}).
     */
    public static boolean permite(Usuario u, ContenidoExportado contenido) {
        return permite(u, contenido.llevaDatosPersonales());
    }

    static boolean permite(Usuario u, boolean datosPersonales) {
        return u != null && u.tieneAlguno(ServicioIndicadores.VEN_TABLERO)
                && (!datosPersonales || PoliticaAcceso.puedeExportarDatosPersonales(u));
    }

    /** El usuario, si puede; si no, deja el intento en el rastro y lo niega. */
    private Usuario autorizar(ContenidoExportado contenido, Texto que) {
        Optional<Usuario> usuario = usuarioActual.get();
        boolean porDatos = usuario.isPresent() && permite(usuario.get(), ContenidoExportado.CIFRAS_AGREGADAS);
        return acceso.exigir(u -> permite(u, contenido), Denegacion.operacion(ENTIDAD, null, "Intento de "
                + que.enEspanol() + (porDatos ? " con datos personales sin el permiso de exportarlos" : ""),
                porDatos ? Texto.de("indicadores.sinPermisoDatosPersonales")
                        : Texto.de("indicadores.rolNoPermite", que)));
    }
}
