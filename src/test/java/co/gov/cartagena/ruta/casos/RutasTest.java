package co.gov.cartagena.ruta.casos;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

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
                Ejemplos.titularPara(ruta), ruta.definicion().rolPrincipal(), "Relato", Ejemplos.apertura(ruta), null,
                "gestora", HOY);
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
            c.cambiarEstado(s, Ejemplos.requisitos(ruta, s), "paso", "gestora", HOY);
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
            c.cerrar(Ejemplos.APERTURA.plusDays(30), "Atención completa", "gestora", HOY);
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
                        () -> c.cambiarEstado(destino, Ejemplos.requisitos(ruta, destino), "intento", "gestora", HOY));
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
                            ruta.definicion().roles().iterator().next(), null, datos, null, "g", HOY));
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
                            () -> c.cambiarEstado(destino, incompletos, null, "gestora", HOY));
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
                    assertNotNull(c.registrarAtencion(tipo, Ejemplos.APERTURA.plusDays(1), null, null, "gestora", null, HOY));
                } else {
                    assertThrows(ReglaIncumplida.class,
                            () -> c.registrarAtencion(tipo, Ejemplos.APERTURA.plusDays(1), null, null, "gestora", null, HOY));
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
        assertNotNull(c.registrarAtencion(tipo, Ejemplos.APERTURA.plusDays(1), null, null, "g", null, HOY));
        c.cerrar(Ejemplos.APERTURA.plusDays(2), "Fin", "g", HOY);
        assertThrows(ReglaIncumplida.class, () -> c.registrarAtencion(tipo, Ejemplos.APERTURA, null, null, "g", null, HOY));
        assertThrows(ReglaIncumplida.class, () -> c.cerrar(Ejemplos.APERTURA, "Otra vez", "g", HOY));
        c.reabrir("Sigue", "g");
        c.anular("Registrado por error", "g");
        assertThrows(ReglaIncumplida.class, () -> c.reabrir("x", "g"));
        assertThrows(ReglaIncumplida.class, () -> c.anular("x", "g"));
        assertThrows(ReglaIncumplida.class, () -> c.registrarAtencion(tipo, Ejemplos.APERTURA, null, null, "g", null, HOY));
    }

    @org.junit.jupiter.api.Test
    void laJuventudValidaLaEdadDe12a28Anios() {
        Persona nino = new Persona(co.gov.cartagena.ruta.personas.DatosPersona.minimos(
                co.gov.cartagena.ruta.personas.TipoDocumento.RC, "1112223334", "Luis", "Pérez",
                Ejemplos.APERTURA.minusYears(11), null), null, "g", HOY);
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> new Caso("R", Ruta.LABORATORIOS_DE_PAZ,
                Ejemplos.sedePara(Ruta.LABORATORIOS_DE_PAZ), "g", Ejemplos.APERTURA, nino, RolParticipante.TITULAR,
                null, Map.of(), null, "g", HOY));
        assertTrue(error.getMessage().contains("12 a 28"), error.getMessage());
        Persona sinFecha = new Persona(co.gov.cartagena.ruta.personas.DatosPersona.minimos(
                co.gov.cartagena.ruta.personas.TipoDocumento.CC, "1047000111", "Ana", "Gómez", null, null), null, "g", HOY);
        assertThrows(ReglaIncumplida.class, () -> new Caso("R", Ruta.PROYECTOS_DE_VIDA,
                Ejemplos.sedePara(Ruta.PROYECTOS_DE_VIDA), "g", Ejemplos.APERTURA, sinFecha, RolParticipante.TITULAR,
                null, Map.of(), null, "g", HOY));
    }

    @org.junit.jupiter.api.Test
    void laComisariaSoloEnComisariasYLaConciliacionSoloEnCasasDeJusticia() {
        assertThrows(ReglaIncumplida.class, () -> new Caso("R", Ruta.VIOLENCIA_INTRAFAMILIAR,
                Ejemplos.sedePara(Ruta.CASA_DE_JUSTICIA), "g", Ejemplos.APERTURA, Ejemplos.joven(), RolParticipante.VICTIMA,
                null, Ejemplos.apertura(Ruta.VIOLENCIA_INTRAFAMILIAR), null, "g", HOY));
        assertThrows(ReglaIncumplida.class, () -> new Caso("R", Ruta.CASA_DE_JUSTICIA,
                Ejemplos.sedePara(Ruta.VIOLENCIA_INTRAFAMILIAR), "g", Ejemplos.APERTURA, Ejemplos.joven(),
                RolParticipante.TITULAR, null, Ejemplos.apertura(Ruta.CASA_DE_JUSTICIA), null, "g", HOY));
    }

    @org.junit.jupiter.api.Test
    void lasFechasDeLaAyudaHumanitariaSonCoherentes() {
        Map<String, String> datos = new LinkedHashMap<>(Ejemplos.apertura(Ruta.AYUDA_HUMANITARIA_INMEDIATA));
        datos.put("fechaHecho", "2025-03-02");
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> new Caso("R",
                Ruta.AYUDA_HUMANITARIA_INMEDIATA, Ejemplos.sedePara(Ruta.AYUDA_HUMANITARIA_INMEDIATA), "g",
                Ejemplos.APERTURA, Ejemplos.joven(), RolParticipante.TITULAR, null, datos, null, "g", HOY));
        assertEquals("fechaDeclaracion", error.campo());
        datos.put("fechaHecho", "2025-02-01");
        datos.put("hechoVictimizante", "INVENTADO");
        assertEquals("hechoVictimizante", assertThrows(ReglaIncumplida.class, () -> new Caso("R",
                Ruta.AYUDA_HUMANITARIA_INMEDIATA, Ejemplos.sedePara(Ruta.AYUDA_HUMANITARIA_INMEDIATA), "g",
                Ejemplos.APERTURA, Ejemplos.joven(), RolParticipante.TITULAR, null, datos, null, "g", HOY)).campo());
    }

    // ---------- Rutas nuevas (issue 4): el contrato de datos fijo en pruebas ----------

    private static Caso nuevo(Ruta ruta, Persona titular, Map<String, String> datos) {
        return new Caso("R", ruta, Ejemplos.sedePara(ruta), "g", Ejemplos.APERTURA, titular,
                RolParticipante.TITULAR, null, datos, null, "g", HOY);
    }

    private static Persona persona(java.time.LocalDate nacimiento, co.gov.cartagena.ruta.personas.Sexo sexo) {
        return new Persona(co.gov.cartagena.ruta.personas.DatosPersona.minimos(
                co.gov.cartagena.ruta.personas.TipoDocumento.CC, "73123456", "Carlos", "Marrugo", nacimiento, sexo),
                null, "g", HOY);
    }

    private static Map<String, Set<String>> transiciones(DefinicionRuta d) {
        Map<String, Set<String>> m = new java.util.TreeMap<>();
        for (String e : d.estados()) {
            if (!d.siguientes(e).isEmpty()) {
                m.put(e, new java.util.TreeSet<>(d.siguientes(e)));
            }
        }
        return m;
    }

    @org.junit.jupiter.api.Test
    void lasRutasNuevasTienenLosEstadosTransicionesYAtencionesDelContrato() {
        DefinicionRuta psico = Ruta.ATENCION_PSICOSOCIAL_VICTIMAS.definicion();
        assertEquals("VINCULADO", psico.estadoInicial());
        assertEquals(Map.of("VINCULADO", Set.of("EGRESADO", "RETIRADO")), transiciones(psico));
        assertEquals(List.of("fechaEgreso"), psico.requisitosPara("EGRESADO"));
        assertEquals(List.of("motivoRetiro"), psico.requisitosPara("RETIRADO"));
        assertEquals(Set.of("SESION_INDIVIDUAL", "SESION_FAMILIAR", "SESION_GRUPAL"), psico.tiposAtencion());

        DefinicionRuta up = Ruta.UNIDADES_PRODUCTIVAS.definicion();
        assertEquals("POSTULADO", up.estadoInicial());
        assertEquals(Map.of("POSTULADO", Set.of("APROBADO", "NO_APROBADO"), "APROBADO", Set.of("ENTREGADA")),
                transiciones(up));
        assertEquals(List.of("motivoNoAprobado"), up.requisitosPara("NO_APROBADO"));
        assertEquals(List.of("unidadProductiva", "valorUnidad", "fechaEntrega", "numeroActa"),
                up.requisitosPara("ENTREGADA"));
        assertEquals(Set.of("APROBADO", "ENTREGADA"), up.estadosParaAtencion("ENTREGA_UNIDAD_PRODUCTIVA"));
        assertEquals(Set.of("ENTREGADA"), up.estadosParaAtencion("SEGUIMIENTO_UNIDAD"));
        assertEquals(TipoCampo.ENTERO, up.campo("valorUnidad").orElseThrow().tipo());

        DefinicionRuta mesa = Ruta.MESA_DE_VICTIMAS.definicion();
        assertEquals("ACTIVO", mesa.estadoInicial());
        assertEquals(Map.of("ACTIVO", Set.of("RETIRADO")), transiciones(mesa));
        assertEquals(List.of("fechaRetiro", "motivoRetiro"), mesa.requisitosPara("RETIRADO"));
        assertEquals(Set.of("INCENTIVO_TECNICO", "INCENTIVO_LOGISTICO", "INCENTIVO_TRANSPORTE"), mesa.tiposAtencion());
        mesa.tiposAtencion().forEach(t -> assertEquals(Set.of("ACTIVO"), mesa.estadosParaAtencion(t)));
        for (String obligatorio : List.of("inicioPeriodo", "finPeriodo", "sectorRepresentado")) {
            assertTrue(mesa.campo(obligatorio).orElseThrow().obligatorio(), obligatorio);
        }

        DefinicionRuta trasmallo = Ruta.TRASMALLO_MUJERES_VIOLETAS.definicion();
        assertEquals("VINCULADA", trasmallo.estadoInicial());
        assertEquals(Map.of("VINCULADA", Set.of("EGRESADA", "RETIRADA")), transiciones(trasmallo));
        assertEquals(Set.of("ENCUENTRO", "FORMACION", "ACOMPANAMIENTO"), trasmallo.tiposAtencion());

        DefinicionRuta reintegracion = Ruta.REINTEGRACION.definicion();
        assertEquals("VINCULADO", reintegracion.estadoInicial());
        assertEquals(Map.of("VINCULADO", Set.of("EGRESADO", "RETIRADO")), transiciones(reintegracion));
        assertEquals(List.of("REINTEGRACION", "REINCORPORACION"),
                reintegracion.campo("proceso").orElseThrow().opciones());
        assertEquals(Set.of("BENEFICIO_EDUCACION", "BENEFICIO_EMPLEABILIDAD", "BENEFICIO_PSICOSOCIAL",
                "BENEFICIO_PARTICIPACION_COMUNITARIA"), reintegracion.tiposAtencion());
        assertEquals(java.util.Optional.of("reintegracion"), Ruta.REINTEGRACION.equipo());

        DefinicionRuta ppl = Ruta.PPL_PSICOSOCIAL.definicion();
        assertEquals("VINCULADO", ppl.estadoInicial());
        assertEquals(Map.of("VINCULADO", Set.of("EGRESADO", "RETIRADO", "TRASLADADO")), transiciones(ppl));
        assertTrue(ppl.campo("establecimiento").orElseThrow().obligatorio());
        assertEquals(Set.of("SESION_INDIVIDUAL", "SESION_GRUPAL"), ppl.tiposAtencion());

        DefinicionRuta integrate = Ruta.CENTRO_INTEGRATE.definicion();
        assertEquals("EN_ATENCION", integrate.estadoInicial());
        assertEquals(Map.of(), transiciones(integrate));
        assertEquals(List.of("MIGRANTE", "COLOMBIANO_RETORNADO", "COMUNIDAD_DE_ACOGIDA"),
                integrate.campo("poblacion").orElseThrow().opciones());
        assertEquals(Set.of("ORIENTACION", "REGULARIZACION_MIGRATORIA", "SALUD", "EDUCACION", "EMPLEABILIDAD",
                "ASISTENCIA_HUMANITARIA", "ATENCION_PSICOSOCIAL"), integrate.tiposAtencion());
        assertEquals(Set.of(co.gov.cartagena.ruta.sedes.TipoSede.CENTRO_INTEGRATE), integrate.tiposSede());

        Campo alojamiento = Ruta.AYUDA_HUMANITARIA_INMEDIATA.definicion().campo("requiereAlojamiento").orElseThrow();
        assertEquals(TipoCampo.SI_NO, alojamiento.tipo());
        assertFalse(alojamiento.obligatorio());
    }

    @ParameterizedTest
    @EnumSource(value = Ruta.class, names = {"ATENCION_PSICOSOCIAL_VICTIMAS", "UNIDADES_PRODUCTIVAS",
        "MESA_DE_VICTIMAS"})
    void lasRutasDeVictimasExigenQueElTitularSeaVictimaDelConflicto(Ruta ruta) {
        Persona noVictima = persona(java.time.LocalDate.of(1980, 1, 1), co.gov.cartagena.ruta.personas.Sexo.MUJER);
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class,
                () -> nuevo(ruta, noVictima, Ejemplos.apertura(ruta)));
        assertEquals("victimaConflicto", error.campo());
        assertTrue(error.getMessage().contains("víctimas del conflicto"), error.getMessage());
        assertEquals(ruta.definicion().estadoInicial(), nuevo(ruta, Ejemplos.adultaVictima(), Ejemplos.apertura(ruta))
                .getEstado());
    }

    @org.junit.jupiter.api.Test
    void elTrasmalloEsSoloParaMujeres() {
        Persona hombre = persona(java.time.LocalDate.of(1990, 1, 1), co.gov.cartagena.ruta.personas.Sexo.HOMBRE);
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class,
                () -> nuevo(Ruta.TRASMALLO_MUJERES_VIOLETAS, hombre, Map.of()));
        assertEquals("sexo", error.campo());
        assertTrue(error.getMessage().contains("mujeres"), error.getMessage());
        Persona sinSexo = persona(java.time.LocalDate.of(1990, 1, 1), null);
        assertEquals("sexo", assertThrows(ReglaIncumplida.class,
                () -> nuevo(Ruta.TRASMALLO_MUJERES_VIOLETAS, sinSexo, Map.of())).campo());
        Persona mujer = persona(java.time.LocalDate.of(1990, 1, 1), co.gov.cartagena.ruta.personas.Sexo.MUJER);
        assertEquals("VINCULADA", nuevo(Ruta.TRASMALLO_MUJERES_VIOLETAS, mujer, Map.of()).getEstado());
    }

    @ParameterizedTest
    @EnumSource(value = Ruta.class, names = {"REINTEGRACION", "PPL_PSICOSOCIAL"})
    void reintegracionYPplSonParaMayoresDeEdad(Ruta ruta) {
        Persona menor = persona(Ejemplos.APERTURA.minusYears(17), co.gov.cartagena.ruta.personas.Sexo.HOMBRE);
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> nuevo(ruta, menor, Ejemplos.apertura(ruta)));
        assertEquals("fechaNacimiento", error.campo());
        assertTrue(error.getMessage().contains("18 años o más"), error.getMessage());
        Persona sinFecha = persona(null, co.gov.cartagena.ruta.personas.Sexo.HOMBRE);
        assertEquals("fechaNacimiento", assertThrows(ReglaIncumplida.class,
                () -> nuevo(ruta, sinFecha, Ejemplos.apertura(ruta))).campo());
        Persona adulto = persona(Ejemplos.APERTURA.minusYears(18), co.gov.cartagena.ruta.personas.Sexo.HOMBRE);
        assertEquals("VINCULADO", nuevo(ruta, adulto, Ejemplos.apertura(ruta)).getEstado());
    }

    @org.junit.jupiter.api.Test
    void elCentroIntegrateSoloEnSedesCentroIntegrateYConSituacionMigratoriaCoherente() {
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> new Caso("R", Ruta.CENTRO_INTEGRATE,
                Ejemplos.sedePara(Ruta.CASA_DE_JUSTICIA), "g", Ejemplos.APERTURA, Ejemplos.adultaVictima(),
                RolParticipante.TITULAR, null, Ejemplos.apertura(Ruta.CENTRO_INTEGRATE), null, "g", HOY));
        assertEquals("sede", error.campo());
        Caso c = nuevo(Ruta.CENTRO_INTEGRATE, Ejemplos.adultaVictima(), Map.of("poblacion", "MIGRANTE",
                "situacionMigratoria", "PPT"));
        assertThrows(ReglaIncumplida.class, () -> c.trasladarA(Ejemplos.sedePara(Ruta.MESA_DE_VICTIMAS), "g"));
        assertEquals("situacionMigratoria", assertThrows(ReglaIncumplida.class,
                () -> nuevo(Ruta.CENTRO_INTEGRATE, Ejemplos.adultaVictima(), Map.of("poblacion", "MIGRANTE",
                        "situacionMigratoria", "NO_APLICA"))).campo());
        assertEquals("poblacion", assertThrows(ReglaIncumplida.class,
                () -> nuevo(Ruta.CENTRO_INTEGRATE, Ejemplos.adultaVictima(), Map.of("poblacion", "TURISTA"))).campo());
        for (String tipo : Ruta.CENTRO_INTEGRATE.definicion().tiposAtencion()) {
            c.registrarAtencion(tipo, Ejemplos.APERTURA, null, null, "g", null, HOY);
        }
        assertEquals(7, c.getAtenciones().size());
        assertEquals("EN_ATENCION", c.getEstado());
    }

    @org.junit.jupiter.api.Test
    void unaUnidadProductivaSeApruebaSeEntregaConActaYValorYSeLeHaceSeguimiento() {
        Caso c = nuevo(Ruta.UNIDADES_PRODUCTIVAS, Ejemplos.adultaVictima(), Map.of("lineaProductiva", "COMERCIO"));
        assertThrows(ReglaIncumplida.class, () -> c.registrarAtencion("ENTREGA_UNIDAD_PRODUCTIVA",
                Ejemplos.APERTURA, null, null, "g", null, HOY), "No se entrega antes de aprobar");
        c.cambiarEstado("APROBADO", Map.of(), null, "g", HOY);
        c.registrarAtencion("ENTREGA_UNIDAD_PRODUCTIVA", Ejemplos.APERTURA.plusDays(10), null, "Primera entrega", "g",
                null, HOY);
        assertThrows(ReglaIncumplida.class, () -> c.registrarAtencion("SEGUIMIENTO_UNIDAD", Ejemplos.APERTURA,
                null, null, "g", null, HOY), "No hay seguimiento antes de entregar");
        Map<String, String> entrega = new LinkedHashMap<>(Ejemplos.requisitos(Ruta.UNIDADES_PRODUCTIVAS, "ENTREGADA"));
        for (String malo : List.of("0", "-5", "2500000,50", "2,5 millones", "abc", "1234567890123456")) {
            entrega.put("valorUnidad", malo);
            ReglaIncumplida error = assertThrows(ReglaIncumplida.class,
                    () -> c.cambiarEstado("ENTREGADA", entrega, null, "g", HOY), malo);
            assertEquals("valorUnidad", error.campo(), malo);
            assertTrue(error.getMessage().startsWith("Valor de la unidad productiva (pesos):"), error.getMessage());
            assertEquals("APROBADO", c.getEstado());
        }
        entrega.put("valorUnidad", "$ 2.500.000");
        c.cambiarEstado("ENTREGADA", entrega, "Acta firmada", "g", HOY);
        assertEquals("2500000", c.datos().get("valorUnidad"));
        assertEquals("ACTA-UP-015", c.datos().get("numeroActa"));
        c.registrarAtencion("ENTREGA_UNIDAD_PRODUCTIVA", Ejemplos.APERTURA.plusDays(20), null, "Segunda entrega",
                "g", null, HOY);
        c.registrarAtencion("SEGUIMIENTO_UNIDAD", Ejemplos.APERTURA.plusDays(40), null, "Visita", "g", null, HOY);
        assertEquals(3, c.getAtenciones().size());
        Map<String, String> sinValor = new LinkedHashMap<>(c.datos());
        sinValor.remove("valorUnidad");
        assertEquals("valorUnidad", assertThrows(ReglaIncumplida.class,
                () -> c.actualizar(null, sinValor, "g", HOY)).campo(), "Lo que exigió la entrega no se borra");
        assertEquals(List.of("POSTULADO", "APROBADO", "ENTREGADA"),
                c.getEventos().stream().map(EventoCaso::getEstadoA).toList());
    }

    @org.junit.jupiter.api.Test
    void laMesaDeVictimasValidaElPeriodoYSoloDaIncentivosMientrasEstaActivo() {
        Map<String, String> datos = new LinkedHashMap<>(Ejemplos.apertura(Ruta.MESA_DE_VICTIMAS));
        datos.put("finPeriodo", "2024-12-31");
        assertEquals("finPeriodo", assertThrows(ReglaIncumplida.class,
                () -> nuevo(Ruta.MESA_DE_VICTIMAS, Ejemplos.adultaVictima(), datos)).campo());
        datos.put("finPeriodo", "2028-12-31");
        datos.put("sectorRepresentado", "OTRO");
        assertEquals("sectorRepresentado", assertThrows(ReglaIncumplida.class,
                () -> nuevo(Ruta.MESA_DE_VICTIMAS, Ejemplos.adultaVictima(), datos)).campo());
        datos.put("sectorRepresentado", "DESPLAZAMIENTO_FORZADO");
        Caso c = nuevo(Ruta.MESA_DE_VICTIMAS, Ejemplos.adultaVictima(), datos);
        assertEquals("2028-12-31", c.datos().get("finPeriodo"), "El fin del periodo puede ser futuro");
        for (String tipo : List.of("INCENTIVO_TECNICO", "INCENTIVO_LOGISTICO", "INCENTIVO_TRANSPORTE")) {
            c.registrarAtencion(tipo, Ejemplos.APERTURA.plusDays(2), null, null, "g", null, HOY);
        }
        assertEquals("fechaRetiro", assertThrows(ReglaIncumplida.class,
                () -> c.cambiarEstado("RETIRADO", Map.of("fechaRetiro", "2024-06-30"), null, "g", HOY)).campo());
        assertEquals("fechaRetiro", assertThrows(ReglaIncumplida.class,
                () -> c.cambiarEstado("RETIRADO", Map.of("fechaRetiro", Ejemplos.APERTURA.plusYears(5).toString()),
                        null, "g", HOY)).campo(), "El retiro no puede ser futuro");
        c.cambiarEstado("RETIRADO", Map.of("fechaRetiro", "2025-06-30", "motivoRetiro", "Renuncia"), null, "g", HOY);
        assertThrows(ReglaIncumplida.class,
                () -> c.registrarAtencion("INCENTIVO_TECNICO", Ejemplos.APERTURA.plusDays(3), null, null, "g", null, HOY));
        assertEquals(3, c.getAtenciones().size());
    }

    @ParameterizedTest
    @EnumSource(value = Ruta.class, names = {"ATENCION_PSICOSOCIAL_VICTIMAS", "TRASMALLO_MUJERES_VIOLETAS",
        "REINTEGRACION", "PPL_PSICOSOCIAL"})
    void losProgramasVinculanAtiendenYTerminanPorCadaSalida(Ruta ruta) {
        DefinicionRuta d = ruta.definicion();
        for (String salida : d.siguientes(d.estadoInicial())) {
            Caso c = abrir(ruta);
            for (String tipo : d.tiposAtencion()) {
                c.registrarAtencion(tipo, Ejemplos.APERTURA.plusDays(1), null, null, "gestora", null, HOY);
            }
            assertThrows(ReglaIncumplida.class, () -> c.cambiarEstado(salida, Map.of(), null, "gestora", HOY),
                    "La salida " + salida + " exige su dato");
            c.cambiarEstado(salida, Ejemplos.requisitos(ruta, salida), "fin", "gestora", HOY);
            assertEquals(salida, c.getEstado());
            for (String tipo : d.tiposAtencion()) {
                assertThrows(ReglaIncumplida.class,
                        () -> c.registrarAtencion(tipo, Ejemplos.APERTURA.plusDays(2), null, null, "gestora", null, HOY),
                        "Después de " + salida + " no hay " + tipo);
            }
            assertEquals(d.tiposAtencion().size(), c.getAtenciones().size());
        }
    }

    @org.junit.jupiter.api.Test
    void laAyudaHumanitariaRegistraSiElHogarRequiereAlojamiento() {
        Map<String, String> datos = new LinkedHashMap<>(Ejemplos.apertura(Ruta.AYUDA_HUMANITARIA_INMEDIATA));
        datos.put("requiereAlojamiento", "quizá");
        assertEquals("requiereAlojamiento", assertThrows(ReglaIncumplida.class,
                () -> nuevo(Ruta.AYUDA_HUMANITARIA_INMEDIATA, Ejemplos.joven(), datos)).campo());
        datos.put("requiereAlojamiento", "true");
        assertEquals("true", nuevo(Ruta.AYUDA_HUMANITARIA_INMEDIATA, Ejemplos.joven(), datos).datos()
                .get("requiereAlojamiento"));
    }

    @org.junit.jupiter.api.Test
    void unCampoEnteroAdmitePuntosDeMilesYRechazaDecimalesLetrasYElMinimo() {
        Campo valor = Campo.entero("valor", "Valor", true, 1);
        assertEquals("2500000", valor.normalizar("2.500.000", HOY));
        assertEquals("2500000", valor.normalizar(" $2500000 ", HOY));
        assertEquals("7", valor.normalizar("007", HOY));
        assertEquals(null, valor.normalizar("  ", HOY));
        for (String malo : List.of("2.50", "2500000.5", "12,5", "1e6", "uno", "0", "-1", "1.2345")) {
            ReglaIncumplida e = assertThrows(ReglaIncumplida.class, () -> valor.normalizar(malo, HOY), malo);
            assertEquals("valor", e.campo());
        }
        assertEquals("0", Campo.entero("n", "Número", false, 0).normalizar("0", HOY));
        assertTrue(assertThrows(ReglaIncumplida.class, () -> Campo.entero("n", "Número", false, 5).normalizar("4", HOY))
                .getMessage().contains("al menos 5"));
    }

    /** La persona para quien se abre el caso tiene el papel que dice la ruta: víctima en la Comisaría, titular en la AHI. */
    @org.junit.jupiter.api.Test
    void cadaRutaDiceElPapelDeLaPersonaParaQuienSeAbreYLosQueSeAgregan() {
        DefinicionRuta comisaria = Ruta.VIOLENCIA_INTRAFAMILIAR.definicion();
        assertEquals(RolParticipante.VICTIMA, comisaria.rolPrincipal());
        assertEquals(List.of(RolParticipante.VICTIMA, RolParticipante.AGRESOR, RolParticipante.MIEMBRO_HOGAR),
                comisaria.rolesQueSeAgregan());
        DefinicionRuta ahi = Ruta.AYUDA_HUMANITARIA_INMEDIATA.definicion();
        assertEquals(RolParticipante.TITULAR, ahi.rolPrincipal());
        assertEquals(List.of(RolParticipante.MIEMBRO_HOGAR), ahi.rolesQueSeAgregan());
        Caso c = abrir(Ruta.VIOLENCIA_INTRAFAMILIAR);
        assertEquals(RolParticipante.VICTIMA, c.getParticipantes().get(0).getRol());
        for (Ruta r : Ruta.values()) {
            DefinicionRuta d = r.definicion();
            assertTrue(d.roles().contains(d.rolPrincipal()), r.name());
            assertFalse(d.rolesQueSeAgregan().contains(RolParticipante.TITULAR), r.name());
        }
        ReglaIncumplida e = assertThrows(ReglaIncumplida.class,
                () -> c.agregarParticipante(Ejemplos.titularPara(Ruta.VIOLENCIA_INTRAFAMILIAR), RolParticipante.TITULAR, "g"));
        assertEquals("rol", e.campo());
        assertTrue(e.getMessage().contains("Víctima, Agresor/a, Miembro del hogar"), e.getMessage());
    }
}
