package co.gov.cartagena.ruta.web;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.Ejemplos;
import co.gov.cartagena.ruta.casos.RolParticipante;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.ErrorDelDominio;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.sedes.TipoSede;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 13: reglas reales del dominio (del caso, de la persona, de la sede) mostradas como las muestra una página en
 * inglés ({@link Mensajes#conEtiquetas} sobre el mensaje en inglés) no tienen español; su {@code getMessage()} sigue
 * siendo el español de siempre, el que responde la API.
 */
class MensajesDelDominioEnInglesTest {

    private static Caso abierto(Ruta ruta) {
        return new Caso("RUTA-2025-000001", ruta, Ejemplos.sedePara(ruta), "gestora", Ejemplos.APERTURA,
                Ejemplos.titularPara(ruta), ruta.definicion().rolPrincipal(), "Relato", Ejemplos.apertura(ruta), null,
                "gestora", HOY);
    }

    /** Lo que la página en inglés muestra (sin sedes registradas: no hay base de datos). */
    private static String enIngles(ErrorDelDominio e) {
        return Mensajes.conEtiquetas(e.mensaje(Locale.ENGLISH), Locale.ENGLISH, c -> Optional.empty());
    }

    private static String revisar(Executable regla) {
        ReglaIncumplida e = assertThrows(ReglaIncumplida.class, regla);
        assertEquals(e.getMessage(), e.mensaje(Texto.ESPANOL), "getMessage() es el español");
        String ingles = enIngles(e);
        assertNotEquals(e.getMessage(), ingles, "Sin traducir: " + ingles);
        Matcher m = MensajesDelDominioCompletosTest.ESPANOL.matcher(ingles);
        assertFalse(m.find(), () -> "Español («" + m.group() + "») en: " + ingles + " (clave "
                + e.texto().clave() + ")");
        return ingles;
    }

    /**
     * Las reglas de los campos de cada ruta nombran el campo con su etiqueta de {@code casos.Rutas} (español); la
     * página en inglés la cambia por la del paquete ({@link Mensajes#conCamposDeRutas}).
     */
    @Test
    void lasReglasDeLosCamposDeLaRutaNombranElCampoEnIngles() {
        Caso c = abierto(Ruta.VIOLENCIA_INTRAFAMILIAR);
        ReglaIncumplida sinRequisito = assertThrows(ReglaIncumplida.class,
                () -> c.cambiarEstado("AUDIENCIA", Map.of("fechaAudiencia", "no es fecha"), null, "gestora", HOY));
        String ingles = Mensajes.conCamposDeRutas(enIngles(sinRequisito), Locale.ENGLISH);
        assertTrue(sinRequisito.getMessage().contains("Fecha de la audiencia"), sinRequisito.getMessage());
        assertTrue(ingles.contains(Mensajes.texto(Locale.ENGLISH, "ruta.VIOLENCIA_INTRAFAMILIAR.campo.fechaAudiencia",
                null)), ingles);
        assertFalse(ingles.contains("Fecha de la audiencia"), ingles);
        assertEquals("Fecha de la audiencia: x", Mensajes.conCamposDeRutas("Fecha de la audiencia: x", Texto.ESPANOL),
                "En español no cambia nada");
    }

    @Test
    void lasReglasDelCasoSalenEnInglesSinTocarElEspanol() {
        Caso c = abierto(Ruta.CASA_DE_JUSTICIA);
        assertEquals("Only a closed case can be reopened.", revisar(() -> c.reabrir("motivo", "gestora")));
        revisar(() -> c.cerrar(HOY.plusYears(1), "motivo", "gestora", HOY));
        revisar(() -> c.cambiarEstado("NO_EXISTE", Map.of(), null, "gestora", HOY));
        revisar(() -> c.registrarAtencion("NO_EXISTE", Ejemplos.APERTURA, null, null, "gestora", null, HOY));
        revisar(() -> c.registrarAtencion(null, null, null, null, "gestora", null, HOY));
        RolParticipante ajeno = java.util.Arrays.stream(RolParticipante.values())
                .filter(r -> !Ruta.CASA_DE_JUSTICIA.definicion().roles().contains(r)).findFirst().orElseThrow();
        String papeles = revisar(() -> c.agregarParticipante(Ejemplos.joven(), ajeno, "gestora"));
        assertTrue(papeles.startsWith("In the route "), papeles);
        revisar(() -> new Caso("R", null, null, "g", Ejemplos.APERTURA, null, null, null, Map.of(), null, "g", HOY));
        for (Ruta ruta : Ruta.values()) {
            if (ruta.definicion().edadMinima().isPresent() || ruta.definicion().sexoDelTitular().isPresent()
                    || ruta.definicion().exigeTitularVictima()) {
                Persona quien = ruta.definicion().sexoDelTitular().isPresent() ? Ejemplos.joven()
                        : new Persona(DatosPersona.minimos(co.gov.cartagena.ruta.personas.TipoDocumento.CC, "123456",
                                "Ana", "Pérez", null, Sexo.MUJER), null, "prueba", HOY);
                revisar(() -> new Caso("R", ruta, Ejemplos.sedePara(ruta), "g", Ejemplos.APERTURA, quien,
                        ruta.definicion().rolPrincipal(), null, new LinkedHashMap<>(Ejemplos.apertura(ruta)), null,
                        "g", HOY));
            }
        }
    }

    @Test
    void lasReglasDeLaPersonaYDeLaSedeSalenEnIngles() {
        revisar(() -> new Persona(DatosPersona.minimos(null, "1", "Ana", "Pérez", null, Sexo.MUJER), null, "p", HOY));
        revisar(() -> new Persona(DatosPersona.minimos(co.gov.cartagena.ruta.personas.TipoDocumento.CC, "12a",
                "Ana", "Pérez", null, Sexo.MUJER), null, "p", HOY));
        revisar(() -> new Persona(DatosPersona.minimos(co.gov.cartagena.ruta.personas.TipoDocumento.CC, "123456",
                "Ana", "Pérez", HOY.plusDays(2), Sexo.MUJER), null, "p", HOY));
        revisar(() -> new Sede(" ", "X", TipoSede.ALBERGUE, null, "p"));
        revisar(() -> new Sede("A-1", "Albergue", null, null, "p"));
    }

    @Test
    void elEspanolDeUnPatronConLlavesYApostrofosSaleComoAntes() {
        assertEquals("La petición necesita un cuerpo JSON (un objeto {…}).",
                Texto.de("api.peticionNecesitaCuerpoJson").enEspanol());
        assertEquals("This route requires the person's date of birth to check their age.",
                Texto.de("casos.rutaExigeFechaNacimiento").en(Locale.ENGLISH));
        assertEquals("No se encontró el caso RUTA-2025-000001.",
                Texto.de("comun.noEncontrado", Texto.de("casos.que.caso", "RUTA-2025-000001")).enEspanol());
        co.gov.cartagena.ruta.indicadores.reportes.ImportacionRechazada rechazo =
                new co.gov.cartagena.ruta.indicadores.reportes.ImportacionRechazada(java.util.List.of(
                        Texto.de("indicadores.importacion.faltaFecha", 3),
                        Texto.de("indicadores.importacion.faltaCodigo", 4)));
        assertEquals("No se importó ninguna fila: el archivo tiene 2 errores. Línea 3: falta la fecha de corte"
                + " Línea 4: falta el código del indicador", rechazo.getMessage());
        assertEquals("No row was imported: the file has 2 errors. Line 3: the cut-off date is missing"
                + " Line 4: the indicator code is missing", rechazo.mensaje(Locale.ENGLISH));
        assertEquals("Could not find the case RUTA-2025-000001.",
                Texto.de("comun.noEncontrado", Texto.de("casos.que.caso", "RUTA-2025-000001")).en(Locale.ENGLISH));
    }
}
