package co.gov.cartagena.ruta.retencion;

import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Depura los registros anulados hace más de {@link Clave#RETENCION_ANULADOS_DIAS} días. El rastro de auditoría
 * es de solo inserción y nada se borra del todo: depurar significa
 *
 * <ul>
 * <li>caso anulado: se borran la narrativa, los campos de la ruta y el motivo de cierre; en sus atenciones, las
 * notas; en remisiones y seguimientos, motivos, justificaciones, descripciones, respuestas y resultados (los
 * obligatorios quedan como «[depurado]»); los motivos de su historia; el texto de sus notas; y sus adjuntos (abajo).
 * Quedan el radicado, la ruta, la sede, las fechas, los estados, las personas vinculadas, quién y por qué lo
 * anuló, y la marca {@code depurado_en};</li>
 * <li>atención anulada (aunque su caso siga vigente): sus notas;</li>
 * <li>actividad anulada: su descripción, su asistencia (quiénes fueron) y sus evidencias (abajo). Quedan tipo,
 * fecha, lugar, sede, número de participantes, quién y por qué la anuló, y la marca {@code depurada_en};</li>
 * <li>adjunto anulado o de un caso o actividad depurados: los bytes del archivo (la única fila que se borra), su nombre (queda
 * {@code depurado-<id>}) y su descripción. Quedan tipo, tamaño y huella SHA-256.</li>
 * </ul>
 *
 * Cada registro depurado deja una fila {@link Accion#PURGAR} en el rastro, y la corrida una más de resumen
 * ({@code retencion}) con el plazo y todos los ids, en la misma transacción que la depuración. Las personas no se
 * depuran: una persona se comparte entre casos y no tiene anulación propia.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ServicioRetencion {

    static final String DEPURADO = "[depurado]";
    static final int DIAS_MINIMOS = 1;
    static final int DIAS_MAXIMOS = 36500;
    private static final Logger LOG = Logger.getLogger(ServicioRetencion.class.getName());

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    Clock reloj;

    @Inject
    Configuracion configuracion;

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;


    /** El plazo configurado; un valor que no es un entero entre 1 y 36500 es un error de configuración. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int dias() {
        return leerDias(configuracion.leer(Clave.RETENCION_ANULADOS_DIAS).orElseThrow());
    }

    static int leerDias(String texto) {
        try {
            int dias = Integer.parseInt(texto.trim());
            if (dias >= DIAS_MINIMOS && dias <= DIAS_MAXIMOS) {
                return dias;
            }
        } catch (NumberFormatException e) {
            // abajo
        }
        throw new IllegalStateException("La configuración " + Clave.RETENCION_ANULADOS_DIAS.nombre() + " (variable "
                + Clave.RETENCION_ANULADOS_DIAS.variableDeEntorno() + ") debe ser un número de días entre "
                + DIAS_MINIMOS + " y " + DIAS_MAXIMOS + "; vale «" + texto + "».");
    }

    /** Cuántos registros se depurarían hoy (para la página del administrador). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long pendientes() {
        administrador(Texto.de("retencion.verLaRetencion"));
        Timestamp limite = limite(dias());
        return idsDe("caso", "anulado", "anulado_en", "depurado_en", limite).size()
                + idsDe("atencion", "anulada", "anulada_en", "depurada_en", limite).size()
                + idsDe("actividad", "anulada", "anulada_en", "depurada_en", limite).size()
                + idsDe("adjunto", "anulado", "anulado_en", "depurado_en", limite).size();
    }

    /** La corrida que pide un administrador; queda a su nombre en el rastro. */
    public Depuracion depurarAhora() {
        Usuario u = administrador(Texto.de("retencion.depurarAnulados"));
        return depurar(u.getUsuario(), true);
    }

    /** La corrida diaria del temporizador; queda a nombre de «sistema». */
    public Depuracion depurarProgramado() {
        Depuracion d = depurar(SISTEMA, false);
        LOG.info(() -> "Retención: " + d.describir());
        return d;
    }

    static final String SISTEMA = "sistema (retención)";

    private Depuracion depurar(String quien, boolean conPeticion) {
        int dias = dias();
        Timestamp limite = limite(dias);
        Timestamp ahora = Timestamp.from(Instant.now(reloj));
        List<Long> casos = idsDe("caso", "anulado", "anulado_en", "depurado_en", limite);
        List<Long> adjuntos = new ArrayList<>();
        for (Long caso : casos) {
            List<Long> suyos = ids("SELECT id FROM adjunto WHERE caso_id = ? AND depurado_en IS NULL", caso);
            depurarCaso(caso, ahora);
            for (Long adjunto : suyos) {
                depurarAdjunto(adjunto, ahora);
                adjuntos.add(adjunto);
            }
            registrar(quien, conPeticion, "caso", caso, "contenido personal borrado; " + suyos.size()
                    + " adjunto(s) del caso depurado(s): " + suyos);
        }
        List<Long> atenciones = idsDe("atencion", "anulada", "anulada_en", "depurada_en", limite);
        for (Long atencion : atenciones) {
            actualizar("UPDATE atencion SET notas = NULL, depurada_en = ? WHERE id = ?", ahora, atencion);
            registrar(quien, conPeticion, "atencion", atencion, "notas borradas");
        }
        List<Long> actividades = idsDe("actividad", "anulada", "anulada_en", "depurada_en", limite);
        for (Long actividad : actividades) {
            List<Long> evidencias = ids("SELECT id FROM adjunto WHERE actividad_id = ? AND depurado_en IS NULL",
                    actividad);
            int asistentes = depurarActividad(actividad, ahora);
            for (Long adjunto : evidencias) {
                depurarAdjunto(adjunto, ahora);
                adjuntos.add(adjunto);
            }
            registrar(quien, conPeticion, "actividad", actividad, "descripción y asistencia borradas ("
                    + asistentes + " persona(s)); " + evidencias.size() + " evidencia(s) depurada(s): " + evidencias);
        }
        List<Long> anulados = idsDe("adjunto", "anulado", "anulado_en", "depurado_en", limite);
        for (Long adjunto : anulados) {
            depurarAdjunto(adjunto, ahora);
            adjuntos.add(adjunto);
            registrar(quien, conPeticion, "adjunto", adjunto, "archivo, nombre y descripción borrados");
        }
        Depuracion d = new Depuracion(dias, casos, atenciones, actividades, adjuntos);
        registrar(quien, conPeticion, "retencion", null, d.describir());
        return d;
    }

    private void depurarCaso(Long caso, Timestamp ahora) {
        actualizar("UPDATE caso SET narrativa = NULL, datos_ruta = NULL, motivo_cierre = NULL, depurado_en = ?,"
                + " version = version + 1 WHERE id = ?", ahora, caso);
        actualizar("UPDATE atencion SET notas = NULL, depurada_en = COALESCE(depurada_en, ?) WHERE caso_id = ?",
                ahora, caso);
        actualizar("UPDATE remision SET motivo = ?, justificacion_sin_consentimiento = NULL, respuesta = NULL"
                + " WHERE caso_id = ?", DEPURADO, caso);
        actualizar("UPDATE seguimiento SET descripcion = ?, resultado = NULL WHERE caso_id = ?", DEPURADO, caso);
        actualizar("UPDATE caso_evento SET motivo = NULL WHERE caso_id = ?", caso);
        actualizar("UPDATE nota SET texto = ? WHERE caso_id = ?", DEPURADO, caso);
    }

    /** Borra la descripción y la asistencia de una actividad anulada; devuelve cuántas personas tenía. */
    private int depurarActividad(Long actividad, Timestamp ahora) {
        int asistentes = actualizar("DELETE FROM actividad_persona WHERE actividad_id = ?", actividad);
        actualizar("UPDATE actividad SET descripcion = NULL, depurada_en = ?, version = version + 1 WHERE id = ?",
                ahora, actividad);
        return asistentes;
    }

    private void depurarAdjunto(Long adjunto, Timestamp ahora) {
        actualizar("DELETE FROM adjunto_contenido WHERE adjunto_id = ?", adjunto);
        actualizar("UPDATE adjunto SET nombre = CONCAT('depurado-', id), descripcion = NULL, depurado_en = ?"
                + " WHERE id = ?", ahora, adjunto);
    }

    private void registrar(String quien, boolean conPeticion, String entidad, Long id, String detalle) {
        if (conPeticion) {
            auditor.registrar(Accion.PURGAR, entidad, id, detalle);
        } else {
            auditoria.registrar(quien, null, Accion.PURGAR, entidad, id == null ? null : id.toString(), detalle);
        }
    }

    private List<Long> idsDe(String tabla, String anulado, String anuladoEn, String depuradoEn, Timestamp limite) {
        return ids("SELECT id FROM " + tabla + " WHERE " + anulado + " = TRUE AND " + depuradoEn + " IS NULL AND "
                + anuladoEn + " < ? ORDER BY id", limite);
    }

    private List<Long> ids(String sql, Object parametro) {
        var q = em.createNativeQuery(sql).setParameter(1, parametro);
        List<Long> ids = new ArrayList<>();
        for (Object o : q.getResultList()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    private int actualizar(String sql, Object... parametros) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < parametros.length; i++) {
            q.setParameter(i + 1, parametros[i]);
        }
        return q.executeUpdate();
    }

    private Timestamp limite(int dias) {
        return Timestamp.from(Instant.now(reloj).minus(dias, ChronoUnit.DAYS));
    }

    private Usuario administrador(Texto queHace) {
        return acceso.exigir(u -> u.tiene(Rol.ADMINISTRADOR), Denegacion.operacion("retencion", null,
                queHace.enEspanol(), Texto.de("retencion.soloAdministradorPuede", queHace)));
    }
}
