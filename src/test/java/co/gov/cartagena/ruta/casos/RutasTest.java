package co.gov.cartagena.ruta.casos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.personas.Persona;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cada ruta, con su propia definición: todo estado se alcanza, toda transición no declarada se rechaza sin
 * cambiar nada, cada campo obligatorio se exige y cada estado exige sus campos.
 */
class RutasTest {

    private static Caso abrir(Ruta ruta) {
        return new Caso("RUTA-2025-000001", ruta, Ejemplos.sedePara(ruta), "gestora", Ejemplos.APERTURA,
                Ejemplos.titularPara(ruta), ruta.definicion().roles().iterator().next(), "Relato", Ejemplos.apertura(ruta), null,
                "gestora");
    }

    /** El camino (desde el inicial) hasta cada estado, por búsqueda en anchura sobre las transiciones. */
    private static Map<String, List<String>> caminos(DefinicionRuta d) {
        Map<String, List<String>> caminos = new HashMap<>();
        caminos.put(d.estadoInicial(), List.of());
        ArrayDeque<String> pendientes = new ArrayDeque<>(List.of(d.estadoInicial()));
        while (!pendientes.isEmpty()) {
            String e = pendientes.poll();
            for (String s : d.siguientes(e)) {
                if (!caminos.containsKey(s)) {
                    List<String> c = new java.util.ArrayList<>(caminos.get(e));
                    c.add(s);
                    caminos.put(s, c);
                    pendientes.add(s);
                }
            }
        }
        return caminos;
    }

    private static Caso llevarA(Ruta ruta, List<String> camino) {
        Caso c = abrir(ruta);
        for (String s : camino) {
            c.cambiarEstado(s, Ejemplos.requisitos(ruta, s), "paso", "gestora");
        }
        return c;
    }

    @ParameterizedTest
    @EnumSource(Ruta.class)
    void todoEstadoSeAlcanzaYCadaPasoQuedaEnLaHistoria(Ruta ruta) {
        DefinicionRuta d = ruta.definicion();
        Map<String, List<String>> caminos = caminos(d);
        Set<String> esperados = new HashSet<>(d.estados());
        esperados.remove(DefinicionRuta.CERRADO);
        assertEquals(esperados, caminos.keySet(), "Estados inalcanzables en " + ruta);
        for (Map.Entry<String, List<String>> e : caminos.entrySet()) {
            Caso c = llevarA(ruta, e.getValue());
            assertEquals(e.getKey(), c.getEstado());
            assertEquals(e.getValue().size() + 1, c.getEventos().size());
            c.cerrar(Ejemplos.APERTURA.plusDays(30), "Atención completa", "gestora");
            assertTrue(c.cerrado());
            c.reabrir("Nueva solicitud", "coordinadora");
            assertEquals(e.getKey(), c.getEstado(), "Reabrir vuelve al estado anterior al cierre");
        }
    }

    @ParameterizedTest
    @EnumSource(Ruta.class)
    void todaTransicionNoDeclaradaSeRechazaSinCambiarNada(Ruta ruta) {
        DefinicionRuta d = ruta.definicion();
        int rechazadas = 0;
        for (Map.Entry<String, List<String>> e : caminos(d).entrySet()) {
            for (String destino : d.estados()) {
                if (d.siguientes(e.getKey()).contains(destino)) {
                    continue;
                }
                Caso c = llevarA(ruta, e.getValue());
                int eventos = c.getEventos().size();
                Map<String, String> datosAntes = c.datos();
                ReglaIncumplida error = assertThrows(ReglaIncumplida.class,
                        () -> c.cambiarEstado(destino, Ejemplos.requisitos(ruta, destino), "intento", "gestora"));
                assertEquals("estado", error.campo());
                assertFalse(error.getMessage().isBlank());
                assertEquals(e.getKey(), c.getEstado());
                assertEquals(eventos, c.getEventos().size());
                assertEquals(datosAntes, c.datos());
                rechazadas++;
            }
        }
        assertTrue(rechazadas > 0);
    }

    @ParameterizedTest
    @EnumSource(Ruta.class)
    void cadaCampoObligatorioSeExigeAlAbrir(Ruta ruta) {
        for (Campo campo : ruta.definicion().campos()) {
            if (!campo.obligatorio()) {
                continue;
            }
            Map<String, String> datos = new LinkedHashMap<>(Ejemplos.apertura(ruta));
            datos.remove(campo.nombre());
            ReglaIncumplida error = assertThrows(ReglaIncumplida.class,
                    () -> new Caso("R", ruta, Ejemplos.sedePara(ruta), "g", Ejemplos.APERTURA, Ejemplos.titularPara(ruta),
                            ruta.definicion().roles().iterator().next(), null, datos, null, "g"));
            assertEquals(campo.nombre(), error.campo());
            assertTrue(error.getMessage().contains("obligatorio"), error.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Ruta.class)
    void cadaEstadoExigeSusCampos(Ruta ruta) {
        DefinicionRuta d = ruta.definicion();
        for (Map.Entry<String, List<String>> e : caminos(d).entrySet()) {
            for (String destino : d.siguientes(e.getKey())) {
                for (String requerido : d.requisitosPara(destino)) {
                    Caso c = llevarA(ruta, e.getValue());
                    if (c.datos().containsKey(requerido)) {
                        continue; // ya lo trae un paso anterior
                    }
                    Map<String, String> incompletos = new LinkedHashMap<>(Ejemplos.requisitos(ruta, destino));
                    incompletos.remove(requerido);
                    ReglaIncumplida error = assertThrows(ReglaIncumplida.class,
                            () -> c.cambiarEstado(destino, incompletos, null, "gestora"));
                    assertEquals(requerido, error.campo());
                    assertEquals(e.getKey(), c.getEstado());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Ruta.class)
    void lasAtencionesSoloEnSusEstados(Ruta ruta) {
        DefinicionRuta d = ruta.definicion();
        for (Map.Entry<String, List<String>> e : caminos(d).entrySet()) {
            for (String tipo : d.tiposAtencion()) {
                Caso c = llevarA(ruta, e.getValue());
                if (d.estadosParaAtencion(tipo).contains(e.getKey())) {
                    assertNotNull(c.registrarAtencion(tipo, Ejemplos.APERTURA.plusDays(1), null, null, "gestora", null));
                } else {
                    assertThrows(ReglaIncumplida.class,
                            () -> c.registrarAtencion(tipo, Ejemplos.APERTURA.plusDays(1), null, null, "gestora", null));
                    assertTrue(c.getAtenciones().isEmpty());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Ruta.class)
    void unCasoCerradoOAnuladoNoAceptaCambios(Ruta ruta) {
        DefinicionRuta d = ruta.definicion();
        // el primer estado (en el orden de la ruta) en el que se presta alguna atención
        String estado = d.estados().stream()
                .filter(e -> d.tiposAtencion().stream().anyMatch(t -> d.estadosParaAtencion(t).contains(e)))
                .findFirst().orElseThrow();
        Caso c = llevarA(ruta, caminos(d).get(estado));
        String tipo = d.tiposAtencion().stream()
                .filter(t -> d.estadosParaAtencion(t).contains(c.getEstado())).findFirst().orElseThrow();
        assertNotNull(c.registrarAtencion(tipo, Ejemplos.APERTURA.plusDays(1), null, null, "g", null));
        c.cerrar(Ejemplos.APERTURA.plusDays(2), "Fin", "g");
        assertThrows(ReglaIncumplida.class, () -> c.registrarAtencion(tipo, Ejemplos.APERTURA, null, null, "g", null));
        assertThrows(ReglaIncumplida.class, () -> c.cerrar(Ejemplos.APERTURA, "Otra vez", "g"));
        c.reabrir("Sigue", "g");
        c.anular("Registrado por error", "g");
        assertThrows(ReglaIncumplida.class, () -> c.reabrir("x", "g"));
        assertThrows(ReglaIncumplida.class, () -> c.anular("x", "g"));
        assertThrows(ReglaIncumplida.class, () -> c.registrarAtencion(tipo, Ejemplos.APERTURA, null, null, "g", null));
    }

    @org.junit.jupiter.api.Test
    void laJuventudValidaLaEdadDe12a28Anios() {
        Persona nino = new Persona(co.gov.cartagena.ruta.personas.DatosPersona.minimos(
                co.gov.cartagena.ruta.personas.TipoDocumento.RC, "1112223334", "Luis", "Pérez",
                Ejemplos.APERTURA.minusYears(11), null), null, "g");
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> new Caso("R", Ruta.LABORATORIOS_DE_PAZ,
                Ejemplos.sedePara(Ruta.LABORATORIOS_DE_PAZ), "g", Ejemplos.APERTURA, nino, RolParticipante.TITULAR,
                null, Map.of(), null, "g"));
        assertTrue(error.getMessage().contains("12 a 28"), error.getMessage());
        Persona sinFecha = new Persona(co.gov.cartagena.ruta.personas.DatosPersona.minimos(
                co.gov.cartagena.ruta.personas.TipoDocumento.CC, "1047000111", "Ana", "Gómez", null, null), null, "g");
        assertThrows(ReglaIncumplida.class, () -> new Caso("R", Ruta.PROYECTOS_DE_VIDA,
                Ejemplos.sedePara(Ruta.PROYECTOS_DE_VIDA), "g", Ejemplos.APERTURA, sinFecha, RolParticipante.TITULAR,
                null, Map.of(), null, "g"));
    }

    @org.junit.jupiter.api.Test
    void laComisariaSoloEnComisariasYLaConciliacionSoloEnCasasDeJusticia() {
        assertThrows(ReglaIncumplida.class, () -> new Caso("R", Ruta.VIOLENCIA_INTRAFAMILIAR,
                Ejemplos.sedePara(Ruta.CASA_DE_JUSTICIA), "g", Ejemplos.APERTURA, Ejemplos.joven(), RolParticipante.VICTIMA,
                null, Ejemplos.apertura(Ruta.VIOLENCIA_INTRAFAMILIAR), null, "g"));
        assertThrows(ReglaIncumplida.class, () -> new Caso("R", Ruta.CASA_DE_JUSTICIA,
                Ejemplos.sedePara(Ruta.VIOLENCIA_INTRAFAMILIAR), "g", Ejemplos.APERTURA, Ejemplos.joven(),
                RolParticipante.TITULAR, null, Ejemplos.apertura(Ruta.CASA_DE_JUSTICIA), null, "g"));
    }

    @org.junit.jupiter.api.Test
    void lasFechasDeLaAyudaHumanitariaSonCoherentes() {
        Map<String, String> datos = new LinkedHashMap<>(Ejemplos.apertura(Ruta.AYUDA_HUMANITARIA_INMEDIATA));
        datos.put("fechaHecho", "2025-03-02");
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> new Caso("R",
                Ruta.AYUDA_HUMANITARIA_INMEDIATA, Ejemplos.sedePara(Ruta.AYUDA_HUMANITARIA_INMEDIATA), "g",
                Ejemplos.APERTURA, Ejemplos.joven(), RolParticipante.TITULAR, null, datos, null, "g"));
        assertEquals("fechaDeclaracion", error.campo());
        datos.put("fechaHecho", "2025-02-01");
        datos.put("hechoVictimizante", "INVENTADO");
        assertEquals("hechoVictimizante", assertThrows(ReglaIncumplida.class, () -> new Caso("R",
                Ruta.AYUDA_HUMANITARIA_INMEDIATA, Ejemplos.sedePara(Ruta.AYUDA_HUMANITARIA_INMEDIATA), "g",
                Ejemplos.APERTURA, Ejemplos.joven(), RolParticipante.TITULAR, null, datos, null, "g")).campo());
    }
}
