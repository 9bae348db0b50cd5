package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.Hoy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Los términos legales de una solicitud de medida de protección en la Comisaría de Familia. La Ley 2126 de 2021
 * (art. 16) manda a las comisarías adoptar las medidas conforme a la Ley 294 de 1996, modificada por la Ley 575 de
 * 2000, que fija dos términos contados desde la solicitud:
 * <ul>
 * <li>la <b>medida de protección provisional</b>, dentro de las cuatro horas siguientes a la recepción de la
 * solicitud (art. 11): corre mientras el caso sigue en «Solicitud», desde que se registró en Ruta;</li>
 * <li>la <b>audiencia</b>, a más tardar diez días después de la solicitud (art. 12): corre mientras no se ha citado
 * la audiencia (el caso sigue en «Solicitud» o en «Medida provisional»), desde la fecha de apertura.</li>
 * </ul>
 * Ruta cuenta horas y días calendario, no hábiles: sin el calendario de festivos y horarios de cada comisaría, es la
 * cuenta que nunca avisa tarde (docs/paginas-del-gestor.md). Un término está <i>en riesgo</i> cuando ya venció o
 * vence dentro de {@link #DIAS_DE_AVISO} días; la medida provisional, de horas, lo está siempre hasta que se decide.
 */
public final class TerminosDeComisaria {

    public static final Duration PLAZO_MEDIDA_PROVISIONAL = Duration.ofHours(4);
    public static final int DIAS_PARA_AUDIENCIA = 10;
    public static final int DIAS_DE_AVISO = 3;

    static final String SOLICITUD = "SOLICITUD";
    static final String MEDIDA_PROVISIONAL = "MEDIDA_PROVISIONAL";
    /** Los estados en que corre algún término. */
    static final Set<String> ESTADOS_CON_TERMINO = Set.of(SOLICITUD, MEDIDA_PROVISIONAL);

    /** Cuál de los dos términos. */
    public enum Termino {
        MEDIDA_PROVISIONAL, AUDIENCIA
    }

    /** Un término que vence (o venció) en {@code vence}, hora de Colombia. */
    public record EnRiesgo(Caso caso, Termino termino, ZonedDateTime vence, boolean vencido) {

        /** El de la audiencia se cuenta en días: vence al final de ese día. */
        public boolean porDias() {
            return termino == Termino.AUDIENCIA;
        }
    }

    private TerminosDeComisaria() {
    }

    /** La última fecha de apertura que deja la audiencia en riesgo {@code hoy}: lo que la consulta trae. */
    static LocalDate aperturaEnRiesgoHasta(LocalDate hoy) {
        return hoy.minusDays(DIAS_PARA_AUDIENCIA - DIAS_DE_AVISO);
    }

    /** El término más cercano del caso si está en riesgo {@code ahora}; vacío si no corre ninguno o falta para él. */
    public static Optional<EnRiesgo> enRiesgo(Caso c, Instant ahora) {
        if (c.getRuta() != Ruta.VIOLENCIA_INTRAFAMILIAR || c.isAnulado()
                || !ESTADOS_CON_TERMINO.contains(c.getEstado())) {
            return Optional.empty();
        }
        ZonedDateTime hoy = ahora.atZone(Hoy.COLOMBIA);
        ZonedDateTime audiencia = c.getFechaApertura().plusDays(DIAS_PARA_AUDIENCIA).atTime(LocalTime.MAX)
                .atZone(Hoy.COLOMBIA);
        Stream<EnRiesgo> terminos = Stream.of(new EnRiesgo(c, Termino.AUDIENCIA, audiencia, audiencia.isBefore(hoy)));
        if (SOLICITUD.equals(c.getEstado()) && c.getCreadoEn() != null) {
            ZonedDateTime medida = c.getCreadoEn().plus(PLAZO_MEDIDA_PROVISIONAL).atZone(Hoy.COLOMBIA);
            terminos = Stream.concat(Stream.of(new EnRiesgo(c, Termino.MEDIDA_PROVISIONAL, medida,
                    medida.isBefore(hoy))), terminos);
        }
        LocalDate aviso = hoy.toLocalDate().plusDays(DIAS_DE_AVISO);
        return terminos.filter(t -> t.termino() == Termino.MEDIDA_PROVISIONAL || !t.vence().toLocalDate().isAfter(aviso))
                .min(Comparator.comparing(EnRiesgo::vence));
    }
}
