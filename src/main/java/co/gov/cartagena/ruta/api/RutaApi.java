package co.gov.cartagena.ruta.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Raíz de la API. Toda llamada lleva {@code Authorization: Bearer <token de acceso del realm ruta>}. El contrato se
 * sirve en {@code /openapi} (ver {@link DocumentoOpenApi} y docs/api.md).
 */
@ApplicationPath(RutaApi.RAIZ)
@OpenAPIDefinition(
        info = @Info(title = "Ruta API", version = "1",
                description = "API de Ruta: gestión de casos de la línea Seguridad Humana de Cartagena."),
        security = @SecurityRequirement(name = "token"),
        components = @Components(schemas = @Schema(name = ErrorApi.ESQUEMA, implementation = ErrorApi.Cuerpo.class)))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Token de acceso emitido por el realm ruta de Keycloak")
public class RutaApi extends Application {
    public static final String RAIZ = "/api/v1";
}
