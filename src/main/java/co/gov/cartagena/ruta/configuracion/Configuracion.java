package co.gov.cartagena.ruta.configuracion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Lee la configuración de Ruta por {@link Clave}, nunca por cadenas sueltas. */
@ApplicationScoped
public class Configuracion {

    private Config config() {
        return ConfigProvider.getConfig(Configuracion.class.getClassLoader());
    }

    public Optional<String> leer(Clave clave) {
        return config().getOptionalValue(clave.nombre(), String.class)
                .filter(v -> !v.isBlank())
                .or(clave::porDefecto);
    }

    public String requerida(Clave clave) {
        return leer(clave).orElseThrow(() -> new IllegalStateException(
                "Falta la configuración " + clave.nombre() + " (variable " + clave.variableDeEntorno() + ")"));
    }
}
