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
        InterpreteDeFila interprete = new InterpreteDeFila(ruta, columnas);
        Map<String, Columna> porClave = new HashMap<>();
        columnas.forEach(c -> porClave.put(c.clave(), c));
        Sede sede = sedes.porCodigo(sedeDelLote).orElseThrow(() -> new ReglaIncumplida("sede",
                Texto.de("importacion.sedeDesconocida", sedeDelLote)));
        Map<String, Integer> clavesVistas = new HashMap<>();
        Map<String, Persona> personasDelArchivo = new HashMap<>();
        Map<String, Integer> filaDeLaPersona = new HashMap<>();
        List<RevisionDeFila> revisadas = new ArrayList<>();
        Map<Integer, FilaPreparada> preparadas = new LinkedHashMap<>();
        for (FilaLeida f : filas) {
            String clave = InterpreteDeFila.clave(ruta, columnas, f);
            Integer igual = clavesVistas.putIfAbsent(clave, f.numero());
            if (igual != null) {
                revisadas.add(new RevisionDeFila(f.numero(), clave, EstadoFila.YA_IMPORTADA, List.of(),
                        List.of(Texto.de("importacion.filaRepetida", igual).enEspanol()), null, null, List.of(),
                        List.of(), f));
                continue;
            }
            var previa = importaciones.vigentePorClave(clave);
            if (previa.isPresent()) {
                revisadas.add(new RevisionDeFila(f.numero(), clave, EstadoFila.YA_IMPORTADA, List.of(),
                        List.of(Texto.de("importacion.yaImportada", previa.get().getLote().getId(),
                                previa.get().getFila(), previa.get().getCasoId()).enEspanol()),
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
            List<String> avisos = new ArrayList<>();
            List<String> creara = new ArrayList<>();
            if (d.sede() != null && !d.sede().equalsIgnoreCase(sedeDelLote)) {
                errores.add(error(f, porClave.get(SEDE),
                        Texto.de("importacion.otraSede", d.sede(), sedeDelLote).enEspanol()));
                revisadas.add(conErrores(f, clave, errores));
                continue;
            }
            DatosPersona aGuardar = aGuardar(d, avisos, porClave);
            String documento = d.minimos().tipoDocumento() + " " + Objects.toString(d.minimos().numeroDocumento(), "");
            Persona registrada = personas.porDocumento(d.minimos().tipoDocumento(), d.minimos().numeroDocumento())
                    .map(Persona::vigente).orElse(null);
            Integer filaQueLaCrea = registrada == null ? filaDeLaPersona.get(documento) : null;
            Persona persona = registrada != null ? registrada : personasDelArchivo.get(documento);
            List<Candidato> candidatos = List.of();
            try {
                if (persona == null) {
                    persona = enMemoria(d, aGuardar, u);
                    candidatos = parecidas(d);
                } else if (registrada != null) {
                    creara.add(Texto.de("importacion.creara.personaRegistrada", registrada.getId(),
                            registrada.nombreCompleto()).enEspanol());
                } else {
                    creara.add(Texto.de("importacion.creara.personaDeOtraFila", filaQueLaCrea).enEspanol());
                }
            } catch (ReglaIncumplida r) {
                errores.add(error(f, columnaDePersona(r.campo(), porClave), r.getMessage()));
                revisadas.add(conErrores(f, clave, errores));
                continue;
            }
            if (registrada == null && filaQueLaCrea == null) {
                creara.add(Texto.de("importacion.creara.personaNueva", documento.trim(),
                        persona.nombreCompleto()).enEspanol());
            }
            try {
                SedeQueRecibe.paraAbrir(sede, d.apertura());
                Caso caso = new Caso("REVISION", ruta, sede, u.getUsuario(), d.apertura(), persona,
                        ruta.definicion().rolPrincipal(), d.narrativa(), d.datos(), null, u.getUsuario());
                creara.add(Texto.de("importacion.creara.caso", ruta.nombre(), sede.getNombre(),
                        FECHA.format(d.apertura()), caso.getEstado()).enEspanol());
                for (String estado : d.camino()) {
                    caso.cambiarEstado(estado, null, "Importado", u.getUsuario());
                }
                if (!d.camino().isEmpty()) {
                    creara.add(Texto.de("importacion.creara.estados", String.join(" → ", d.camino())).enEspanol());
                }
                if (d.tipoAtencion() != null) {
                    caso.registrarAtencion(d.tipoAtencion(), d.fechaAtencion(), null, null, u.getUsuario(), null);
                    creara.add(Texto.de("importacion.creara.atencion", d.tipoAtencion(),
                            FECHA.format(d.fechaAtencion())).enEspanol());
                }
            } catch (ReglaIncumplida r) {
                errores.add(error(f, columnaDeCaso(r.campo(), porClave), r.getMessage()));
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
                avisos.add(Texto.de("importacion.posibleDuplicado", candidatos.size()).enEspanol());
            }
            revisadas.add(new RevisionDeFila(f.numero(), clave, estado, List.of(), avisos,
                    registrada == null ? null : registrada.getId(), filaQueLaCrea, candidatos, creara, f));
            preparadas.put(f.numero(), new FilaPreparada(f.numero(), clave, d, aGuardar, null));
        }
        String huella = InterpreteDeFila.huella(contenido);
        return new Revisado(new Revision(ruta, sedeDelLote, archivo, huella, columnas, revisadas), preparadas);
    }

    /**
     * Los datos de la persona que se guardan: los mínimos siempre; los personales y los sensibles solo con su
     * autorización. Lo que se descarta se avisa, columna por columna.
     */
    private static DatosPersona aGuardar(FilaInterpretada d, List<String> avisos, Map<String, Columna> columnas) {
        DatosPersona c = d.completos();
        List<String> descartadas = new ArrayList<>();
        boolean personales = d.autorizaPersonales();
        boolean sensibles = d.autorizaSensibles();
        if (!personales && c.telefono() != null) {
            descartadas.add(columnas.get(TELEFONO).encabezado());
        }
        if (!personales && c.localidad() != null) {
            descartadas.add(columnas.get(LOCALIDAD).encabezado());
        }
        if (!sensibles && c.etnia() != null) {
            descartadas.add(columnas.get(ETNIA).encabezado());
        }
        if (!sensibles && c.victimaConflicto()) {
            descartadas.add(columnas.get(VICTIMA).encabezado());
        }
        if (!descartadas.isEmpty()) {
            avisos.add(Texto.de("importacion.datosDescartados", String.join(", ", descartadas)).enEspanol());
        }
        return new DatosPersona(c.tipoDocumento(), c.numeroDocumento(), c.nombres(), c.apellidos(),
                c.fechaNacimiento(), c.sexo(), null, null, sensibles ? c.etnia() : null, null, null, null,
                sensibles && c.victimaConflicto(), false, personales ? c.telefono() : null, null, null,
                personales ? c.localidad() : null, null);
    }

    /** La persona nueva en memoria (nunca se guarda aquí), con las mismas reglas que al registrarla a mano. */
    private static Persona enMemoria(FilaInterpretada d, DatosPersona aGuardar, Usuario u) {
        Persona p = new Persona(d.minimos(), null, u.getUsuario());
        if (d.autorizaPersonales()) {
            p.otorgarConsentimiento(d.fechaAutorizacion(), AlcanceConsentimiento.DATOS_PERSONALES,
                    d.soporteAutorizacion(), u.getUsuario());
        }
        if (d.autorizaSensibles()) {
            p.otorgarConsentimiento(d.fechaAutorizacion(), AlcanceConsentimiento.DATOS_SENSIBLES,
                    d.soporteAutorizacion(), u.getUsuario());
        }
        if (d.autoriza()) {
            p.actualizar(aGuardar, u.getUsuario());
        }
        return p;
    }

    /** Personas registradas con los mismos nombres y la misma fecha de nacimiento (y, por tanto, otro documento). */
    private List<Candidato> parecidas(FilaInterpretada d) {
        if (d.minimos().fechaNacimiento() == null) {
            return List.of();
        }
        return personas.porNombre(d.minimos().nombres() + " " + d.minimos().apellidos(), 20).stream()
                .filter(p -> p.getFusionadaEn() == null && d.minimos().fechaNacimiento().equals(p.getFechaNacimiento()))
                .map(p -> new Candidato(p.getId(), p.nombreCompleto(), p.documento(), p.getFechaNacimiento()))
                .toList();
    }

    private static RevisionDeFila conErrores(FilaLeida f, String clave, List<ErrorDeFila> errores) {
        return new RevisionDeFila(f.numero(), clave, EstadoFila.CON_ERRORES, errores, List.of(), null, null,
                List.of(), List.of(), f);
    }

    private static ErrorDeFila error(FilaLeida f, Columna columna, String mensaje) {
        return new ErrorDeFila(f.numero(), columna == null ? "" : columna.encabezado(), mensaje);
    }

    /** La columna de un error de la persona o de su autorización. */
    private static Columna columnaDePersona(String campo, Map<String, Columna> columnas) {
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
            default -> columnas.get(campo);
        };
    }
}
