package co.gov.cartagena.ruta.importacion;

import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.*;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.SedeQueRecibe;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.personas.AlcanceConsentimiento;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.RepositorioPersonas;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Revisa un archivo sin escribir nada: cada fila se interpreta y pasa por las mismas reglas que un registro hecho a
 * mano, aplicadas a una persona y un caso en memoria que nunca se guardan (las entidades hacen cumplir sus reglas:
 * documento, autorización, campos de la ruta, edad, condición de víctima, estados, atenciones), más las que comprueba
 * el servicio (sede en operación a la fecha). Solo lee: personas por documento, personas parecidas y lo ya importado.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class Revisor {

    private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Clock reloj;

    @Inject
    RepositorioPersonas personas;

    @Inject
    RepositorioSedes sedes;

    @Inject
    RepositorioImportaciones importaciones;

    /** La revisión y, para cada fila que se puede escribir, lo que se escribirá. */
    record Revisado(Revision revision, Map<Integer, FilaPreparada> preparadas) {
    }

    Revisado revisar(Usuario u, Ruta ruta, String sedeDelLote, String archivo, byte[] contenido) {
        importaciones.soloLectura();
        List<Columna> columnas = ColumnasDeRuta.de(ruta, List.of(sedeDelLote));
        List<FilaLeida> filas = LectorDeArchivo.leer(archivo, contenido, columnas);
        LocalDate hoy = LocalDate.now(reloj);
        InterpreteDeFila interprete = new InterpreteDeFila(ruta, columnas, hoy);
        Map<String, Columna> porClave = new HashMap<>();
        columnas.forEach(c -> porClave.put(c.clave(), c));
        Sede sede = sedes.porCodigo(sedeDelLote).orElseThrow(() -> new ReglaIncumplida("sede",
                Texto.de("importacion.sedeDesconocida", sedeDelLote)));
        Map<String, Integer> clavesVistas = new HashMap<>();
        Map<String, Persona> personasDelArchivo = new HashMap<>();
        Map<String, Integer> filaDeLaPersona = new HashMap<>();
        Map<String, CasoDelArchivo> casosDelArchivo = new HashMap<>();
        List<RevisionDeFila> revisadas = new ArrayList<>();
        Map<Integer, FilaPreparada> preparadas = new LinkedHashMap<>();
        for (FilaLeida f : filas) {
            String clave = InterpreteDeFila.clave(ruta, columnas, f);
            Integer igual = clavesVistas.putIfAbsent(clave, f.numero());
            if (igual != null) {
                revisadas.add(new RevisionDeFila(f.numero(), clave, EstadoFila.YA_IMPORTADA, List.of(),
                        List.of(Texto.de("importacion.filaRepetida", igual)), null, null, List.of(),
                        List.of(), f));
                continue;
            }
            var previa = importaciones.vigentePorClave(clave);
            if (previa.isPresent()) {
                revisadas.add(new RevisionDeFila(f.numero(), clave, EstadoFila.YA_IMPORTADA, List.of(),
                        List.of(Texto.de("importacion.yaImportada", previa.get().getLote().getId(),
                                previa.get().getFila(), previa.get().getCasoId())),
                        null, null, List.of(), List.of(), f));
                continue;
            }
            var interpretada = interprete.interpretar(f);
            if (interpretada.fila() == null) {
                revisadas.add(conErrores(f, clave, interpretada.errores()));
                continue;
            }
            FilaInterpretada d = interpretada.fila();
            List<ErrorDeFila> errores = new ArrayList<>();
            List<Texto> avisos = new ArrayList<>();
            List<Texto> creara = new ArrayList<>();
            if (d.sede() != null && !d.sede().equalsIgnoreCase(sedeDelLote)) {
                errores.add(error(f, porClave.get(SEDE),
                        Texto.de("importacion.otraSede", d.sede(), sedeDelLote)));
                revisadas.add(conErrores(f, clave, errores));
                continue;
            }
            String documento = d.minimos().tipoDocumento() + " " + Objects.toString(d.minimos().numeroDocumento(), "");
            String grupo = d.claveCaso() == null ? null : CasosAgrupados.grupo(ruta, sedeDelLote, d.claveCaso());
            CasoDelArchivo abierto = grupo == null ? null : casosDelArchivo.get(grupo);
            if (abierto != null) {
                RevisionDeFila r = continuar(f, clave, d, documento, abierto, u, porClave);
                revisadas.add(r);
                if (r.estado() == EstadoFila.VALIDA) {
                    preparadas.put(f.numero(), new FilaPreparada(f.numero(), clave, d, null, null, grupo,
                            abierto.fila()));
                }
                continue;
            }
            var casoImportado = grupo == null ? null : importaciones.vigentePorGrupo(grupo).orElse(null);
            if (casoImportado != null) {
                errores.add(error(f, porClave.get(CLAVE_CASO), Texto.de("importacion.caso.yaImportado",
                        casoImportado.getLote().getId(), casoImportado.getCasoId())));
                revisadas.add(conErrores(f, clave, errores));
                continue;
            }
            DatosPersona aGuardar = PersonaDeLaFila.aGuardar(d.persona(), avisos, porClave);
            Persona registrada = personas.porDocumento(d.minimos().tipoDocumento(), d.minimos().numeroDocumento())
                    .map(Persona::vigente).orElse(null);
            Integer filaQueLaCrea = registrada == null ? filaDeLaPersona.get(documento) : null;
            Persona persona = registrada != null ? registrada : personasDelArchivo.get(documento);
            List<Candidato> candidatos = List.of();
            try {
                if (persona == null) {
                    persona = PersonaDeLaFila.enMemoria(d.persona(), aGuardar, u, hoy);
                    candidatos = PersonaDeLaFila.parecidas(personas, d.persona());
                } else if (registrada != null) {
                    creara.add(Texto.de("importacion.creara.personaRegistrada", registrada.getId(),
                            registrada.nombreCompleto()));
                } else {
                    creara.add(Texto.de("importacion.creara.personaDeOtraFila", filaQueLaCrea));
                }
            } catch (ReglaIncumplida r) {
                errores.add(error(f, columnaDePersona(r.campo(), porClave), r.texto()));
                revisadas.add(conErrores(f, clave, errores));
                continue;
            }
            if (registrada == null && filaQueLaCrea == null) {
                creara.add(Texto.de("importacion.creara.personaNueva", documento.trim(),
                        persona.nombreCompleto()));
            }
            Caso caso;
            try {
                SedeQueRecibe.paraAbrir(sede, d.apertura());
                caso = new Caso("REVISION", ruta, sede, u.getUsuario(), d.apertura(), persona,
                        ruta.definicion().rolPrincipal(), d.narrativa(), d.datos(), null, u.getUsuario(), hoy);
                creara.add(Texto.de("importacion.creara.caso", ruta.nombre(), sede.getNombre(),
                        FECHA.format(d.apertura()), caso.getEstado()));
                seguir(caso, d.camino(), null, d, u, creara, hoy);
            } catch (ReglaIncumplida r) {
                errores.add(error(f, columnaDeCaso(r.campo(), porClave), r.texto()));
                revisadas.add(conErrores(f, clave, errores));
                continue;
            }
            if (registrada == null && filaQueLaCrea == null) {
                personasDelArchivo.put(documento, persona);
                filaDeLaPersona.put(documento, f.numero());
            }
            if (d.minimos().tipoDocumento() == co.gov.cartagena.ruta.personas.TipoDocumento.SIN_DOCUMENTO) {
                personasDelArchivo.remove(documento);
                filaDeLaPersona.remove(documento);
            }
            EstadoFila estado = candidatos.isEmpty() ? EstadoFila.VALIDA : EstadoFila.POR_DECIDIR;
            if (estado == EstadoFila.POR_DECIDIR) {
                avisos.add(Texto.de("importacion.posibleDuplicado", candidatos.size()));
            }
            revisadas.add(new RevisionDeFila(f.numero(), clave, estado, List.of(), avisos,
                    registrada == null ? null : registrada.getId(), filaQueLaCrea, candidatos, creara, f));
            preparadas.put(f.numero(), new FilaPreparada(f.numero(), clave, d, aGuardar, null, grupo, null));
            if (grupo != null) {
                casosDelArchivo.put(grupo, new CasoDelArchivo(f.numero(), caso, documento, d.apertura()));
            }
        }
        String huella = InterpreteDeFila.huella(contenido);
        return new Revisado(new Revision(ruta, sedeDelLote, archivo, huella, columnas, revisadas), preparadas);
    }

    /** Un caso que abre una fila del archivo, en memoria, para las filas siguientes con su misma clave. */
    private record CasoDelArchivo(int fila, Caso caso, String documento, java.time.LocalDate apertura) {
    }

    /**
     * Una fila que sigue un caso abierto por otra del archivo (misma clave del caso): la misma persona y apertura;
     * sobre el caso en memoria avanza el estado (con los campos de la fila), registra su atención y lo cierra.
     */
    private RevisionDeFila continuar(FilaLeida f, String clave, FilaInterpretada d, String documento,
            CasoDelArchivo abierto, Usuario u, Map<String, Columna> porClave) {
        if (!abierto.documento().equals(documento) || !abierto.apertura().equals(d.apertura())) {
            return conErrores(f, clave, List.of(error(f, porClave.get(CLAVE_CASO),
                    Texto.de("importacion.caso.otrosDatos", abierto.fila()))));
        }
        List<Texto> creara = new ArrayList<>();
        creara.add(Texto.de("importacion.creara.casoDeOtraFila", abierto.fila()));
        Caso caso = abierto.caso();
        try {
            List<String> pasos = CasosAgrupados.pasos(caso.getRuta().definicion(), caso.getEstado(), d.estado());
            seguir(caso, pasos, d.datos(), d, u, creara, LocalDate.now(reloj));
        } catch (ReglaIncumplida r) {
            return conErrores(f, clave, List.of(error(f, columnaDeCaso(r.campo(), porClave), r.texto())));
        }
        return new RevisionDeFila(f.numero(), clave, EstadoFila.VALIDA, List.of(), List.of(), null, abierto.fila(),
                List.of(), creara, f);
    }

    /**
     * Lo que una fila hace con el caso en memoria después de abrirlo (o de encontrarlo): los estados de {@code pasos}
     * (el primero con {@code datos}, los campos que la fila agrega), su atención y su cierre; y lo anota en
     * {@code creara}.
     */
    private static void seguir(Caso caso, List<String> pasos, Map<String, String> datos,
            FilaInterpretada d, Usuario u, List<Texto> creara, LocalDate hoy) {
        boolean primero = true;
        for (String estado : pasos) {
            caso.cambiarEstado(estado, primero ? datos : null, "Importado", u.getUsuario(), hoy);
            primero = false;
        }
        if (!pasos.isEmpty()) {
            creara.add(Texto.de("importacion.creara.estados", String.join(" → ", pasos)));
        }
        if (d.tipoAtencion() != null) {
            caso.registrarAtencion(d.tipoAtencion(), d.fechaAtencion(), null, null, u.getUsuario(), null, hoy);
            creara.add(Texto.de("importacion.creara.atencion", d.tipoAtencion(),
                    FECHA.format(d.fechaAtencion())));
        }
        if (d.fechaCierre() != null) {
            caso.cerrar(d.fechaCierre(), d.motivoCierre(), u.getUsuario(), hoy);
            creara.add(Texto.de("importacion.creara.cierre", FECHA.format(d.fechaCierre()), d.motivoCierre()));
        }
    }

    static RevisionDeFila conErrores(FilaLeida f, String clave, List<ErrorDeFila> errores) {
        return new RevisionDeFila(f.numero(), clave, EstadoFila.CON_ERRORES, errores, List.of(), null, null,
                List.of(), List.of(), f);
    }

    static ErrorDeFila error(FilaLeida f, Columna columna, Texto mensaje) {
        return new ErrorDeFila(f.numero(), columna == null ? "" : columna.encabezado(), mensaje);
    }

    /** La columna de un error de la persona o de su autorización. */
    static Columna columnaDePersona(String campo, Map<String, Columna> columnas) {
        if (campo == null) {
            return null;
        }
        return switch (campo) {
            case "fecha" -> columnas.get(FECHA_AUTORIZACION);
            case "soporte" -> columnas.get(SOPORTE_AUTORIZACION);
            case "consentimiento" -> columnas.get(AUTORIZA_PERSONALES);
            default -> columnas.get(campo);
        };
    }

    /** La columna de un error del caso, de sus estados o de su atención. */
    private static Columna columnaDeCaso(String campo, Map<String, Columna> columnas) {
        if (campo == null) {
            return null;
        }
        return switch (campo) {
            case "tipo" -> columnas.get(TIPO_ATENCION);
            case "fecha" -> columnas.get(FECHA_ATENCION);
            case "persona" -> columnas.get(NUMERO_DOCUMENTO);
            case "motivo" -> columnas.get(MOTIVO_CIERRE);
            default -> columnas.get(campo);
        };
    }
}
