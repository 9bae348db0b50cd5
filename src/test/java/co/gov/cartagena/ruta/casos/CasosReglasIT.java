package co.gov.cartagena.ruta.casos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.persistencia.FuenteDeDatos;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.sedes.DatosSede;
import co.gov.cartagena.ruta.sedes.EstadoSede;
import co.gov.cartagena.ruta.sedes.ServicioSedes;
import co.gov.cartagena.ruta.sedes.TipoSede;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.soporte.Despliegues;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dentro de Payara Micro, contra MariaDB: el reporte de tiempos de la Comisaría con una historia hecha a mano y
 * promedios exactos; que un caso solo se abra o se traslade a una sede en operación; y, por el servicio, toda
 * transición de cada ruta (las declaradas se guardan, las demás se rechazan sin cambiar nada), cada campo
 * obligatorio y la remisión repetida.
 */
@ExtendWith(ArquillianExtension.class)
class CasosReglasIT {

    private static final AtomicLong DOCUMENTOS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(CasosReglasIT.class, Ejemplos.class);
    }

    @Inject
    ServicioCasos casos;

    @Inject
    ServicioTiemposComisaria tiempos;

    @Inject
    ServicioPersonas personas;

    @Inject
    ServicioSedes sedes;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    ServicioAuditoria auditoria;

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource fuente;

    private void como(String usuario, String rol, String... grupos) {
        usuarioActual.establecer(Usuario.deClaims(usuario, usuario, null, List.of(rol), List.of(grupos)));
    }

    private Persona persona(String nombres) {
        return personas.registrar(DatosPersona.minimos(TipoDocumento.CC,
                String.valueOf(2_000_000_000L + DOCUMENTOS.incrementAndGet()), nombres, "Reglas",
                LocalDate.of(2005, 1, 15), Sexo.MUJER), null);
    }

    /** Una titular que cumple la elegibilidad de la ruta (víctima registrada, con su autorización, si la exige). */
    private Persona titular(Ruta ruta, String nombres) {
        Persona p = persona(nombres);
        if (!ruta.definicion().exigeTitularVictima()) {
            return p;
        }
        Persona autorizada = personas.otorgarConsentimiento(p.getId(), LocalDate.of(2025, 1, 2),
                co.gov.cartagena.ruta.personas.AlcanceConsentimiento.DATOS_SENSIBLES, "Formato de autorización firmado");
        return personas.actualizar(p.getId(), autorizada.getVersion(), Ejemplos.comoVictima(autorizada.datos()));
    }

    private Caso abrir(Ruta ruta, String sede, LocalDate apertura) {
        return casos.abrir(new SolicitudApertura(ruta, sede, titular(ruta, "Titular").getId(), null, apertura, "Relato",
                Ejemplos.apertura(ruta), null));
    }

    private Caso pasar(Caso c, String estado) {
        Ruta ruta = c.getRuta();
        return casos.cambiarEstado(c.getId(), casos.obtener(c.getId()).getVersion(), estado,
                Ejemplos.requisitos(ruta, estado), "paso");
    }

    /** Fija a mano el momento en que el caso entró a {@code estado} (la historia la escribe el servidor con la hora). */
    private void entro(Caso c, String estado, String momento) throws SQLException {
        try (Connection cx = fuente.getConnection();
                PreparedStatement ps = cx.prepareStatement(
                        "UPDATE caso_evento SET momento = ? WHERE caso_id = ? AND estado_a = ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.parse(momento)));
            ps.setLong(2, c.getId());
            ps.setString(3, estado);
            assertEquals(1, ps.executeUpdate(), "Un solo paso a " + estado + " en " + c.getRadicado());
        }
    }

    private static TiemposPorEstado.Fila fila(List<TiemposPorEstado.Fila> filas, String sede, String periodo,
            String estado) {
        return filas.stream().filter(f -> Objects.equals(f.sede(), sede) && f.periodo().equals(periodo)
                && f.estado().equals(estado)).findFirst()
                .orElseThrow(() -> new AssertionError("Falta " + sede + " " + periodo + " " + estado + " en " + filas));
    }

    private static void cifras(TiemposPorEstado.Fila f, int cantidad, String promedio, String mediana, int enCurso) {
        assertEquals(cantidad, f.cantidad(), f.toString());
        assertEquals(promedio == null ? null : new BigDecimal(promedio), f.promedioDias(), f.toString());
        assertEquals(mediana == null ? null : new BigDecimal(mediana), f.medianaDias(), f.toString());
        assertEquals(enCurso, f.enCurso(), f.toString());
    }

    @Test
    void elReporteDeTiemposDeLaComisariaDaPromediosYMedianasExactos() throws Exception {
        LocalDate apertura = LocalDate.of(2024, 2, 1);
        Ruta vif = Ruta.VIOLENCIA_INTRAFAMILIAR;
        como("coordinador.cf06", "coordinador", "/sedes/CF-06");
        Caso a = abrir(vif, "CF-06", apertura);
        pasar(a, "MEDIDA_PROVISIONAL");
        pasar(a, "AUDIENCIA");
        pasar(a, "MEDIDA_DEFINITIVA");
        entro(a, "SOLICITUD", "2024-02-01T15:00:00Z");
        entro(a, "MEDIDA_PROVISIONAL", "2024-02-03T15:00:00Z"); // 2 días en solicitud
        entro(a, "AUDIENCIA", "2024-02-13T15:00:00Z"); // 10 días con medida provisional
        entro(a, "MEDIDA_DEFINITIVA", "2024-04-02T15:00:00Z"); // 49 días en audiencia; sigue con la definitiva

        Caso b = abrir(vif, "CF-06", apertura);
        pasar(b, "MEDIDA_PROVISIONAL");
        pasar(b, "AUDIENCIA");
        entro(b, "SOLICITUD", "2024-02-10T15:00:00Z");
        entro(b, "MEDIDA_PROVISIONAL", "2024-02-14T15:00:00Z"); // 4 días
        entro(b, "AUDIENCIA", "2024-02-20T03:00:00Z"); // 5,5 días; en Colombia entró el 19/02

        Caso c = abrir(vif, "CF-06", apertura);
        pasar(c, "AUDIENCIA");
        entro(c, "SOLICITUD", "2024-03-05T15:00:00Z");
        entro(c, "AUDIENCIA", "2024-03-14T15:00:00Z"); // 9 días

        Caso d = abrir(vif, "CF-06", apertura);
        casos.cerrar(d.getId(), casos.obtener(d.getId()).getVersion(), apertura.plusDays(30), "Desistió");
        entro(d, "SOLICITUD", "2024-03-01T03:00:00Z"); // en Colombia, 29/02 a las 22:00: cuenta en febrero
        entro(d, "CERRADO", "2024-03-02T03:00:00Z"); // 1 día; el cierre no es un paso

        Caso anulado = abrir(vif, "CF-06", apertura);
        pasar(anulado, "MEDIDA_PROVISIONAL");
        casos.anular(anulado.getId(), casos.obtener(anulado.getId()).getVersion(), "Registrado por error");
        entro(anulado, "SOLICITUD", "2024-02-05T15:00:00Z");
        entro(anulado, "MEDIDA_PROVISIONAL", "2024-02-25T15:00:00Z"); // 20 días que no cuentan: anulado

        como("coordinador.cf05", "coordinador", "/sedes/CF-05");
        Caso f = abrir(vif, "CF-05", apertura);
        pasar(f, "MEDIDA_PROVISIONAL");
        entro(f, "SOLICITUD", "2024-02-01T15:00:00Z");
        entro(f, "MEDIDA_PROVISIONAL", "2024-02-07T15:00:00Z"); // 6 días en la otra Comisaría

        LocalDate enero = LocalDate.of(2024, 1, 1);
        LocalDate diciembre = LocalDate.of(2024, 12, 31);
        como("coordinador.cf06", "coordinador", "/sedes/CF-06");
        List<TiemposPorEstado.Fila> mes = tiempos.reporte(enero, diciembre, Periodicidad.MES, null).filas();
        assertTrue(mes.stream().allMatch(x -> x.sede() == null || x.sede().equals("CF-06")),
                "El coordinador solo ve sus sedes: " + mes);
        cifras(fila(mes, "CF-06", "2024-02", "SOLICITUD"), 3, "2.33", "2.00", 0);
        cifras(fila(mes, "CF-06", "2024-02", "MEDIDA_PROVISIONAL"), 2, "7.75", "7.75", 0);
        cifras(fila(mes, "CF-06", "2024-02", "AUDIENCIA"), 1, "49.00", "49.00", 1);
        cifras(fila(mes, "CF-06", "2024-03", "SOLICITUD"), 1, "9.00", "9.00", 0);
        cifras(fila(mes, "CF-06", "2024-03", "AUDIENCIA"), 0, null, null, 1);
        cifras(fila(mes, "CF-06", "2024-04", "MEDIDA_DEFINITIVA"), 0, null, null, 1);
        assertEquals(6, mes.stream().filter(x -> x.sede() != null).count(), "Ni cierres ni anulados: " + mes);
        assertEquals("Comisaría de Familia 6", fila(mes, "CF-06", "2024-02", "SOLICITUD").nombreSede());

        List<TiemposPorEstado.Fila> trimestre = tiempos.reporte(enero, diciembre, Periodicidad.TRIMESTRE, "CF-06")
                .filas();
        cifras(fila(trimestre, "CF-06", "2024-T1", "SOLICITUD"), 4, "4.00", "3.00", 0);
        cifras(fila(trimestre, "CF-06", "2024-T2", "MEDIDA_DEFINITIVA"), 0, null, null, 1);
        List<TiemposPorEstado.Fila> soloMarzo = tiempos.reporte(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
                Periodicidad.MES, null).filas();
        cifras(fila(soloMarzo, "CF-06", "2024-03", "SOLICITUD"), 1, "9.00", "9.00", 0);
        assertTrue(soloMarzo.stream().noneMatch(x -> x.periodo().equals("2024-02")),
                "El rango es de ingreso al estado en hora de Colombia: " + soloMarzo);

        assertEquals("sede", assertThrows(ReglaIncumplida.class,
                () -> tiempos.reporte(enero, diciembre, Periodicidad.MES, "CF-05")).campo());
        assertEquals("hasta", assertThrows(ReglaIncumplida.class,
                () -> tiempos.reporte(diciembre, enero, Periodicidad.MES, null)).campo());
        assertEquals("agrupar", assertThrows(ReglaIncumplida.class,
                () -> tiempos.reporte(enero, diciembre, null, null)).campo());

        como("supervisora", "supervisor", "/sedes/SICC");
        List<TiemposPorEstado.Fila> anio = tiempos.reporte(enero, diciembre, Periodicidad.ANIO, null).filas();
        cifras(fila(anio, null, "2024", "SOLICITUD"), 5, "4.40", "4.00", 0);
        cifras(fila(anio, null, "2024", "MEDIDA_PROVISIONAL"), 2, "7.75", "7.75", 1);
        cifras(fila(anio, "CF-05", "2024", "SOLICITUD"), 1, "6.00", "6.00", 0);
        cifras(fila(anio, "CF-05", "2024", "MEDIDA_PROVISIONAL"), 0, null, null, 1);
        assertFalse(auditoria.deEntidad("reporte", "tiempos-comisaria").isEmpty(), "Cada consulta queda auditada");

        como("gestor.cf06", "gestor", "/sedes/CF-06", "/equipos/violencia-familiar");
        assertThrows(OperacionNoPermitida.class, () -> tiempos.reporte(enero, diciembre, Periodicidad.MES, null));
        como("admin", "administrador", "/sedes/SICC");
        assertThrows(OperacionNoPermitida.class, () -> tiempos.reporte(enero, diciembre, Periodicidad.MES, null));
    }

    @Test
    void unCasoSoloSeAbreOSeTrasladaAUnaSedeEnOperacion() {
        LocalDate creacion = LocalDate.of(2024, 6, 1);
        LocalDate operacion = LocalDate.of(2025, 6, 1);
        LocalDate suspension = LocalDate.of(2025, 9, 1);
        String codigo = "CF-R" + (DOCUMENTOS.incrementAndGet() % 1000);
        como("admin", "administrador", "/sedes/SICC");
        // El nombre sin el código: las páginas muestran el nombre de la sede y PaginasSinCodigosIT busca códigos.
        sedes.crear(new DatosSede(codigo, "Comisaría de prueba " + codigo.substring(4), TipoSede.COMISARIA_DE_FAMILIA,
                null, null, null), EstadoSede.EN_CREACION, creacion, "Acuerdo de creación");

        como("coordinador.nueva", "coordinador", "/sedes/" + codigo, "/sedes/CF-06");
        Persona p = persona("Sede");
        SolicitudApertura enCreacion = new SolicitudApertura(Ruta.VIOLENCIA_INTRAFAMILIAR, codigo, p.getId(), null,
                LocalDate.of(2025, 3, 3), null, Ejemplos.apertura(Ruta.VIOLENCIA_INTRAFAMILIAR), null);
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> casos.abrir(enCreacion));
        assertEquals("sede", error.campo());
        assertTrue(error.getMessage().contains("03/03/2025") && error.getMessage().contains("en creación"),
                error.getMessage());
        assertTrue(casos.dePersona(p).isEmpty(), "No se creó nada");

        como("admin", "administrador", "/sedes/SICC");
        sedes.cambiarEstado(codigo, EstadoSede.EN_OPERACION, operacion, "Abre al público", false);
        como("coordinador.nueva", "coordinador", "/sedes/" + codigo, "/sedes/CF-06");
        assertThrows(ReglaIncumplida.class, () -> casos.abrir(enCreacion),
                "Con fecha de apertura en que aún no operaba, tampoco");
        Caso abierto = casos.abrir(new SolicitudApertura(Ruta.VIOLENCIA_INTRAFAMILIAR, codigo, p.getId(), null,
                operacion.plusDays(10), null, Ejemplos.apertura(Ruta.VIOLENCIA_INTRAFAMILIAR), null));
        assertEquals(codigo, abierto.getSede().getCodigo());

        como("admin", "administrador", "/sedes/SICC");
        sedes.cambiarEstado(codigo, EstadoSede.SUSPENDIDA, suspension, "Daño en la sede", false);
        como("coordinador.nueva", "coordinador", "/sedes/" + codigo, "/sedes/CF-06");
        Caso otro = abrir(Ruta.VIOLENCIA_INTRAFAMILIAR, "CF-06", LocalDate.of(2025, 3, 3));
        int version = casos.obtener(otro.getId()).getVersion();
        ReglaIncumplida traslado = assertThrows(ReglaIncumplida.class, () -> casos.trasladar(otro.getId(), version,
                codigo));
        assertEquals("sede", traslado.campo());
        assertTrue(traslado.getMessage().startsWith("No se puede trasladar el caso a Comisaría de prueba")
                && traslado.getMessage().contains("suspendida"), traslado.getMessage());
        Caso igual = casos.obtener(otro.getId());
        assertEquals("CF-06", igual.getSede().getCodigo(), "El caso sigue donde estaba");
        assertEquals(version, igual.getVersion());
        assertThrows(ReglaIncumplida.class, () -> abrir(Ruta.VIOLENCIA_INTRAFAMILIAR, codigo, suspension.plusDays(1)));
    }

    /** El camino (desde el inicial) hasta cada estado, por búsqueda en anchura sobre las transiciones. */
    private static Map<String, List<String>> caminos(DefinicionRuta d) {
        Map<String, List<String>> caminos = new LinkedHashMap<>();
        caminos.put(d.estadoInicial(), List.of());
        ArrayDeque<String> pendientes = new ArrayDeque<>(List.of(d.estadoInicial()));
        while (!pendientes.isEmpty()) {
            String e = pendientes.poll();
            for (String s : d.siguientes(e)) {
                if (!caminos.containsKey(s)) {
                    List<String> c = new ArrayList<>(caminos.get(e));
                    c.add(s);
                    caminos.put(s, c);
                    pendientes.add(s);
                }
            }
        }
        return caminos;
    }

    private void comoGestoraDe(Ruta ruta) {
        List<String> grupos = new ArrayList<>(List.of("/sedes/" + Ejemplos.codigoSedePara(ruta)));
        ruta.equipo().ifPresent(e -> grupos.add("/equipos/" + e));
        usuarioActual.establecer(Usuario.deClaims("gestora.reglas", "Gestora", null, List.of("gestor"), grupos));
    }

    private Caso llevarA(Ruta ruta, List<String> camino) {
        Caso c = abrir(ruta, Ejemplos.codigoSedePara(ruta), Ejemplos.APERTURA);
        for (String s : camino) {
            c = pasar(c, s);
        }
        return c;
    }

    @Test
    void cadaRutaGuardaCadaTransicionDeclaradaYRechazaLasDemasSinCambiarNada() {
        for (Ruta ruta : Ruta.values()) {
            comoGestoraDe(ruta);
            DefinicionRuta d = ruta.definicion();
            Map<String, List<String>> caminos = caminos(d);
            List<String> esperados = new ArrayList<>(d.estados());
            esperados.remove(DefinicionRuta.CERRADO);
            assertEquals(new java.util.HashSet<>(esperados), caminos.keySet(), "Estados inalcanzables en " + ruta);
            for (Map.Entry<String, List<String>> e : caminos.entrySet()) {
                Caso c = llevarA(ruta, e.getValue());
                for (String destino : d.estados()) {
                    Caso antes = casos.obtener(c.getId());
                    if (d.siguientes(e.getKey()).contains(destino)) {
                        continue;
                    }
                    ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> casos.cambiarEstado(c.getId(),
                            antes.getVersion(), destino, Ejemplos.requisitos(ruta, destino), "intento"),
                            ruta + ": " + e.getKey() + " → " + destino);
                    assertEquals("estado", error.campo());
                    Caso despues = casos.obtener(c.getId());
                    assertEquals(e.getKey(), despues.getEstado());
                    assertEquals(antes.getVersion(), despues.getVersion(), "Nada cambió en la base de datos");
                    assertEquals(antes.getEventos().size(), despues.getEventos().size());
                    assertEquals(antes.datos(), despues.datos());
                }
                for (String destino : d.siguientes(e.getKey())) {
                    Caso otro = llevarA(ruta, e.getValue());
                    Caso pasado = pasar(otro, destino);
                    Caso releido = casos.obtener(otro.getId());
                    assertEquals(destino, releido.getEstado(), ruta + ": " + e.getKey() + " → " + destino);
                    assertEquals(e.getValue().size() + 2, releido.getEventos().size());
                    assertEquals(destino, releido.getEventos().get(releido.getEventos().size() - 1).getEstadoA());
                    Caso cerrado = casos.cerrar(otro.getId(), pasado.getVersion(), Ejemplos.APERTURA.plusDays(40),
                            "Fin");
                    assertEquals(destino, casos.reabrir(otro.getId(), cerrado.getVersion(), "Volvió").getEstado(),
                            "Reabrir vuelve al estado anterior al cierre");
                }
            }
        }
    }

    @Test
    void cadaCampoObligatorioDeCadaRutaSeExigeNombrandoloYNoSeGuardaNada() {
        for (Ruta ruta : Ruta.values()) {
            comoGestoraDe(ruta);
            DefinicionRuta d = ruta.definicion();
            for (Campo campo : d.campos()) {
                if (!campo.obligatorio()) {
                    continue;
                }
                Persona p = titular(ruta, "Incompleta");
                Map<String, String> datos = new LinkedHashMap<>(Ejemplos.apertura(ruta));
                datos.remove(campo.nombre());
                ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> casos.abrir(new SolicitudApertura(
                        ruta, Ejemplos.codigoSedePara(ruta), p.getId(), null, Ejemplos.APERTURA, null, datos, null)),
                        ruta + ": " + campo.nombre());
                assertEquals(campo.nombre(), error.campo());
                assertTrue(casos.dePersona(p).isEmpty(), "No se abrió el caso");
            }
            Map<String, List<String>> caminos = caminos(d);
            for (Map.Entry<String, List<String>> e : caminos.entrySet()) {
                for (String destino : d.siguientes(e.getKey())) {
                    for (String requerido : d.requisitosPara(destino)) {
                        Caso c = llevarA(ruta, e.getValue());
                        if (c.datos().containsKey(requerido)) {
                            continue; // ya lo trae un paso anterior
                        }
                        Map<String, String> incompletos = new HashMap<>(Ejemplos.requisitos(ruta, destino));
                        incompletos.remove(requerido);
                        int version = casos.obtener(c.getId()).getVersion();
                        ReglaIncumplida error = assertThrows(ReglaIncumplida.class,
                                () -> casos.cambiarEstado(c.getId(), version, destino, incompletos, null),
                                ruta + ": " + destino + " sin " + requerido);
                        assertEquals(requerido, error.campo());
                        assertEquals(e.getKey(), casos.obtener(c.getId()).getEstado());
                        assertEquals(version, casos.obtener(c.getId()).getVersion());
                    }
                }
            }
        }
    }

    @Test
    void unaRemisionEnviadaDosVecesConLaMismaClaveQuedaUnaSola() {
        comoGestoraDe(Ruta.CASA_DE_JUSTICIA);
        Caso c = abrir(Ruta.CASA_DE_JUSTICIA, "CJ-CANAPOTE", Ejemplos.APERTURA);
        String clave = UUID.randomUUID().toString();
        Remision r1 = casos.remitir(c.getId(), EntidadRemision.ICBF, null, Ejemplos.APERTURA, "Restablecimiento",
                false, null, clave);
        Remision r2 = casos.remitir(c.getId(), EntidadRemision.ICBF, null, Ejemplos.APERTURA, "Restablecimiento",
                false, null, clave);
        assertEquals(r1.getId(), r2.getId());
        assertEquals(1, casos.obtener(c.getId()).getRemisiones().size());
        assertNull(r1.getJustificacionSinConsentimiento());
    }
}
