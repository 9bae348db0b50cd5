package co.gov.cartagena.ruta.persistencia;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/** Jakarta Persistence 3.1 no mapea {@link Instant}: se guarda como TIMESTAMP (MariaDB lo guarda en UTC). */
@Converter(autoApply = true)
public class ConvertidorInstante implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instante) {
        return instante == null ? null : Timestamp.from(instante);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp marca) {
        return marca == null ? null : marca.toInstant();
    }
}
