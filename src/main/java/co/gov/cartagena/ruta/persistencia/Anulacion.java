package co.gov.cartagena.ruta.persistencia;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * La anulación de un registro que nunca se borra (caso, atención, actividad, adjunto): si está anulado, quién, cuándo
 * y por qué. Se anula una sola vez, con un motivo que cabe en su columna; después el registro no admite cambios. Las
 * columnas son {@code anulado}, {@code anulado_en}, {@code anulado_por} y {@code motivo_anulacion}; las tablas que
 * dicen «anulada» las renombran con {@code @AttributeOverride}. Cada entidad da sus propios mensajes, que nombran lo
 * que se anula.
 */
@Embeddable
public class Anulacion {

    /** motivo_anulacion: VARCHAR(500) en todas las tablas. */
    public static final int MOTIVO = 500;

    @Column(name = "anulado", nullable = false)
    private boolean anulado;

    @Column(name = "anulado_en")
    private Instant en;

    @Column(name = "anulado_por", length = 100)
    private String por;

    @Column(name = "motivo_anulacion", length = MOTIVO)
    private String motivo;

    /**
     * Anula: si ya lo estaba, {@code yaAnulado} (sin campo); sin motivo, {@code sinMotivo}; con un motivo de más de
     * {@value #MOTIVO} caracteres, {@code motivoLargo} (ambos en el campo {@code motivo}). Si algo falla, nada cambia.
     */
    public void anular(String motivo, String quien, Texto yaAnulado, Texto sinMotivo, Texto motivoLargo) {
        exigirVigente(yaAnulado);
        ReglaIncumplida.exigir(motivo != null && !motivo.isBlank(), "motivo", sinMotivo);
        ReglaIncumplida.exigirHasta(motivo, MOTIVO, "motivo", motivoLargo);
        this.anulado = true;
        this.en = Instant.now();
        this.por = quien;
        this.motivo = motivo.trim();
    }

    /** Rechaza con {@code mensaje} (sin campo) cualquier cambio a un registro anulado. */
    public void exigirVigente(Texto mensaje) {
        ReglaIncumplida.exigir(!anulado, null, mensaje);
    }

    public boolean isAnulado() {
        return anulado;
    }

    public Instant getEn() {
        return en;
    }

    public String getPor() {
        return por;
    }

    public String getMotivo() {
        return motivo;
    }
}
