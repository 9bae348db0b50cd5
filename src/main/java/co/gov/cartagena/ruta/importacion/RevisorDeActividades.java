package co.gov.cartagena.ruta.importacion;

import static co.gov.cartagena.ruta.importacion.ColumnasDeActividad.*;
import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.APELLIDOS;
import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.NOMBRES;
import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.NUMERO_DOCUMENTO;
import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.SEDE;
import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.TIPO_DOCUMENTO;

import co.gov.cartagena.ruta.actividades.Actividad;
import co.gov.cartagena.ruta.actividades.DatosActividad;
import co.gov.cartagena.ruta.actividades.RepositorioActividades;
import co.gov.cartagena.ruta.actividades.ServicioActividades;
import co.gov.cartagena.ruta.actividades.TipoActividad;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.RepositorioPersonas;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.sedes.Localidades;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Revisa un archivo de actividades colectivas sin escribir nada. Las filas con la misma clave de actividad forman
 * una actividad: la primera la comprueba con las reglas de siempre ({@link ServicioActividades#comprobar}: tipo
 * activo, sede propia, fecha, lugar, participantes, objeto) o la encuentra ya importada en otro lote; las demás
 * deben traer los mismos datos. Cada asistente pasa por las mismas reglas de persona que una fila de una ruta
 * (documento, autorización, parecidas que piden decisión) y no puede repetirse ni pasar del número de participantes.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class RevisorDeActividades {

    /** Lo que antecede a los valores en la clave de una fila de actividades (en una ruta es su nombre). */
    static final String ACTIVIDADES = "ACTIVIDADES";

    private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Clock reloj;

    @Inject
    RepositorioPersonas personas;

    @Inject
    RepositorioActividades actividades;

    @Inject
    ServicioActividades servicioActividades;

    @Inject
    RepositorioImportaciones importaciones;

    /** La revisión y, para cada fila que se puede escribir, lo que se escribirá. */
    record Revisado(Revision revision, Map<Integer, FilaDeActividad> preparadas) {
    }

    /** Una actividad del archivo, vista en su primera fila: sus datos, su número de participantes y sus asistentes. */
    private static final class Grupo {
        final int fila;
        final DatosActividad datos;
        final Set<String> asistentes = new HashSet<>();

        Grupo(int fila, DatosActividad datos) {
            this.fila = fila;
            this.datos = datos;
        }
    }

    Revisado revisar(Usuario u, String sedeDelLote, String archivo, byte[] contenido) {
        List<TipoActividad> tipos = actividades.tipos(true);
        List<Columna> columnas = ColumnasDeActividad.de(tipos, List.of(sedeDelLote));
        List<FilaLeida> filas = LectorDeArchivo.leer(archivo, contenido, columnas);
        Map<String, Columna> porClave = new HashMap<>();
        columnas.forEach(c -> porClave.put(c.clave(), c));
        Map<String, Integer> clavesVistas = new HashMap<>();
        Map<String, Grupo> grupos = new HashMap<>();
        Map<String, Integer> filaDeLaPersona = new HashMap<>();
        List<RevisionDeFila> revisadas = new ArrayList<>();
        Map<Integer, FilaDeActividad> preparadas = new LinkedHashMap<>();
        for (FilaLeida f : filas) {
            String clave = InterpreteDeFila.clave(ACTIVIDADES, columnas, f);
            Integer igual = clavesVistas.putIfAbsent(clave, f.numero());
            if (igual != null) {
                revisadas.add(yaImportada(f, clave, Texto.de("importacion.filaRepetida", igual)));
                continue;
            }
            var previa = importaciones.vigentePorClave(clave);
            if (previa.isPresent()) {
                revisadas.add(yaImportada(f, clave, Texto.de("importacion.actividad.yaImportada",
                        previa.get().getLote().getId(), previa.get().getFila(), previa.get().getActividadId())));
                continue;
            }
            List<ErrorDeFila> errores = new ArrayList<>();
            LecturaDeFila l = new LecturaDeFila(f, porClave, errores, LocalDate.now(reloj));
            DatosActividad datos = actividad(f, l, porClave, sedeDelLote);
            boolean conAsistente = DE_PERSONA.stream().anyMatch(k -> f.valor(k) != null);
            PersonaInterpretada persona = null;
            if (conAsistente) {
                persona = InterpreteDeFila.persona(l, f, porClave);
                for (String k : List.of(TIPO_DOCUMENTO, NOMBRES, APELLIDOS)) {
                    if (f.valor(k) == null) {
                        l.error(k, Texto.de("importacion.obligatoria", porClave.get(k).encabezado()));
                    }
                }
            }
            if (!errores.isEmpty()) {
                revisadas.add(Revisor.conErrores(f, clave, errores));
                continue;
            }
            List<Texto> avisos = new ArrayList<>();
            List<Texto> creara = new ArrayList<>();
            String grupo = grupo(sedeDelLote, f.valor(CLAVE_ACTIVIDAD));
            Grupo g = grupos.get(grupo);
            boolean grupoNuevo = g == null;
            if (grupoNuevo) {
                Actividad existente = importada(grupo);
                g = new Grupo(f.numero(), datos);
                try {
                    if (existente == null) {
                        servicioActividades.comprobar(datos);
                        creara.add(Texto.de("importacion.creara.actividad", nombreDelTipo(tipos, datos.tipo()),
                                FECHA.format(datos.fecha()), datos.lugar(), datos.participantes(),
                                f.valor(CLAVE_ACTIVIDAD)));
                    } else {
                        ReglaIncumplida.exigir(mismaActividad(existente, datos), CLAVE_ACTIVIDAD,
                                Texto.de("importacion.actividad.otrosDatosQueLaImportada", existente.getId()));
                        creara.add(Texto.de("importacion.creara.actividadImportada", existente.getId(),
                                existente.getTipo().getNombre(), FECHA.format(existente.getFecha())));
                        for (Persona asistente : existente.getPersonas()) {
                            g.asistentes.add("id:" + asistente.getId());
                        }
                    }
                } catch (ReglaIncumplida r) {
                    revisadas.add(Revisor.conErrores(f, clave, List.of(Revisor.error(f,
                            porClave.get(columnaDeActividad(r.campo())), r.texto()))));
                    continue;
                }
            } else if (!g.datos.equals(datos)) {
                revisadas.add(Revisor.conErrores(f, clave, List.of(Revisor.error(f, porClave.get(CLAVE_ACTIVIDAD),
                        Texto.de("importacion.actividad.otrosDatos", g.fila)))));
                continue;
            } else {
                creara.add(Texto.de("importacion.creara.actividadDeOtraFila", g.fila));
            }
            Persona registrada = null;
            Integer filaQueLaCrea = null;
            List<Candidato> candidatos = List.of();
            DatosPersona aGuardar = null;
            if (persona != null) {
                aGuardar = PersonaDeLaFila.aGuardar(persona, avisos, porClave);
                String documento = persona.minimos().tipoDocumento() + " "
                        + Objects.toString(persona.minimos().numeroDocumento(), "");
                boolean sinDocumento = persona.minimos().tipoDocumento() == TipoDocumento.SIN_DOCUMENTO;
                registrada = personas.porDocumento(persona.minimos().tipoDocumento(),
                        persona.minimos().numeroDocumento()).map(Persona::vigente).orElse(null);
                filaQueLaCrea = registrada == null && !sinDocumento ? filaDeLaPersona.get(documento) : null;
                Persona enMemoria = null;
                if (registrada == null && filaQueLaCrea == null) {
                    try {
                        enMemoria = PersonaDeLaFila.enMemoria(persona, aGuardar, u, LocalDate.now(reloj));
                    } catch (ReglaIncumplida r) {
                        revisadas.add(Revisor.conErrores(f, clave, List.of(Revisor.error(f,
                                Revisor.columnaDePersona(r.campo(), porClave), r.texto()))));
                        continue;
                    }
                    candidatos = PersonaDeLaFila.parecidas(personas, persona);
                }
                String quien = registrada != null ? "id:" + registrada.getId()
                        : sinDocumento ? "fila:" + f.numero() : "doc:" + documento;
                if (g.asistentes.contains(quien)) {
                    revisadas.add(Revisor.conErrores(f, clave, List.of(Revisor.error(f,
                            porClave.get(NUMERO_DOCUMENTO), Texto.de("importacion.actividad.asistenteRepetido")))));
                    continue;
                }
                if (g.asistentes.size() + 1 > g.datos.participantes()) {
                    revisadas.add(Revisor.conErrores(f, clave, List.of(Revisor.error(f, porClave.get(PARTICIPANTES),
                            Texto.de("importacion.actividad.masAsistentes", g.datos.participantes(),
                                    g.asistentes.size() + 1)))));
                    continue;
                }
                g.asistentes.add(quien);
                if (registrada != null) {
                    creara.add(Texto.de("importacion.creara.personaRegistrada", registrada.getId(),
                            registrada.nombreCompleto()));
                } else if (filaQueLaCrea != null) {
                    creara.add(Texto.de("importacion.creara.personaDeOtraFila", filaQueLaCrea));
                } else {
                    creara.add(Texto.de("importacion.creara.personaNueva", documento.trim(),
                            enMemoria.nombreCompleto()));
                    if (!sinDocumento) {
                        filaDeLaPersona.put(documento, f.numero());
                    }
                }
                creara.add(Texto.de("importacion.creara.asistente"));
            }
            if (grupoNuevo) {
                grupos.put(grupo, g);
            }
            EstadoFila estado = candidatos.isEmpty() ? EstadoFila.VALIDA : EstadoFila.POR_DECIDIR;
            if (estado == EstadoFila.POR_DECIDIR) {
                avisos.add(Texto.de("importacion.posibleDuplicado", candidatos.size()));
            }
            revisadas.add(new RevisionDeFila(f.numero(), clave, estado, List.of(), avisos,
                    registrada == null ? null : registrada.getId(), filaQueLaCrea, candidatos, creara, f,
                    persona != null));
            preparadas.put(f.numero(), new FilaDeActividad(f.numero(), clave, grupo, datos, persona, aGuardar, null));
        }
        return new Revisado(new Revision(null, sedeDelLote, archivo, InterpreteDeFila.huella(contenido), columnas,
                revisadas), preparadas);
    }

    /** La actividad ya importada (en un lote vigente) con esa clave de grupo, si no está anulada. */
    Actividad importada(String grupo) {
        return importaciones.vigentePorGrupo(grupo).map(RegistroImportado::getActividadId)
                .flatMap(actividades::porId).filter(a -> !a.isAnulada()).orElse(null);
    }

    /** La clave del grupo: la huella de la sede y de la clave de la actividad (sin mayúsculas, tildes ni espacios de más). */
    static String grupo(String sede, String claveActividad) {
        return InterpreteDeFila.huella((ACTIVIDADES + "\u001F" + sede + "\u001F"
                + LectorDeArchivo.comparable(claveActividad)).getBytes(StandardCharsets.UTF_8));
    }

    private static DatosActividad actividad(FilaLeida f, LecturaDeFila l, Map<String, Columna> columnas,
            String sedeDelLote) {
        if (f.valor(CLAVE_ACTIVIDAD) == null) {
            l.error(CLAVE_ACTIVIDAD, Texto.de("importacion.obligatoria", columnas.get(CLAVE_ACTIVIDAD).encabezado()));
        }
        String tipo = null;
        if (f.valor(TIPO_ACTIVIDAD) == null) {
            l.error(TIPO_ACTIVIDAD, Texto.de("importacion.obligatoria", columnas.get(TIPO_ACTIVIDAD).encabezado()));
        } else {
            tipo = columnas.get(TIPO_ACTIVIDAD).codigo(f.valor(TIPO_ACTIVIDAD));
            if (tipo == null) {
                l.error(TIPO_ACTIVIDAD, Texto.de("importacion.elijaDeLaLista",
                        columnas.get(TIPO_ACTIVIDAD).encabezado(),
                        String.join(", ", columnas.get(TIPO_ACTIVIDAD).opciones())));
            }
        }
        String sede = f.valor(SEDE);
        if (sede != null && !sede.equalsIgnoreCase(sedeDelLote)) {
            l.error(SEDE, Texto.de("importacion.otraSede", sede, sedeDelLote));
        }
        LocalDate fecha = l.fechaDelPlan(FECHA_ACTIVIDAD);
        if (fecha == null && f.valor(FECHA_ACTIVIDAD) == null) {
            l.error(FECHA_ACTIVIDAD, Texto.de("importacion.obligatoria", columnas.get(FECHA_ACTIVIDAD).encabezado()));
        }
        String localidad = null;
        if (f.valor(LOCALIDAD_ACTIVIDAD) != null) {
            localidad = Localidades.canonica(f.valor(LOCALIDAD_ACTIVIDAD)).orElse(null);
            if (localidad == null) {
                l.error(LOCALIDAD_ACTIVIDAD, Texto.de("importacion.elijaDeLaLista",
                        columnas.get(LOCALIDAD_ACTIVIDAD).encabezado(), String.join(", ", Localidades.TODAS)));
            }
        }
        Integer participantes = null;
        String p = f.valor(PARTICIPANTES);
        if (p == null) {
            l.error(PARTICIPANTES, Texto.de("importacion.obligatoria", columnas.get(PARTICIPANTES).encabezado()));
        } else if (!p.matches("\\d{1,9}")) {
            l.error(PARTICIPANTES, Texto.de("importacion.entero", columnas.get(PARTICIPANTES).encabezado(), p));
        } else {
            participantes = Integer.valueOf(p);
        }
        return new DatosActividad(tipo, fecha, f.valor(LUGAR), localidad, sedeDelLote, participantes, f.valor(OBJETO),
                f.valor(DESCRIPCION));
    }

    private static boolean mismaActividad(Actividad a, DatosActividad d) {
        return a.getTipo().getCodigo().equals(d.tipo()) && a.getFecha().equals(d.fecha())
                && a.getLugar().equals(d.lugar()) && a.getParticipantes() == d.participantes();
    }

    private static String nombreDelTipo(List<TipoActividad> tipos, String codigo) {
        return tipos.stream().filter(t -> t.getCodigo().equals(codigo)).map(TipoActividad::getNombre).findFirst()
                .orElse(codigo);
    }

    /** La columna de un error de la actividad (el campo que nombra {@link ReglaIncumplida}). */
    private static String columnaDeActividad(String campo) {
        if (campo == null) {
            return CLAVE_ACTIVIDAD;
        }
        return switch (campo) {
            case "tipo" -> TIPO_ACTIVIDAD;
            case "fecha" -> FECHA_ACTIVIDAD;
            case "localidad" -> LOCALIDAD_ACTIVIDAD;
            case "sede" -> SEDE;
            default -> campo;
        };
    }

    private static RevisionDeFila yaImportada(FilaLeida f, String clave, Texto aviso) {
        return new RevisionDeFila(f.numero(), clave, EstadoFila.YA_IMPORTADA, List.of(),
                List.of(aviso), null, null, List.of(), List.of(), f);
    }
}
