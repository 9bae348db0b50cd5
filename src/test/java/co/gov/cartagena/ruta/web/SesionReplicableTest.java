package co.gov.cartagena.ruta.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.Reloj;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, ítem 1: lo que guarda un bean de sesión o de vista viaja a la otra instancia por el data grid, así que cada
 * campo que no es {@code transient} tiene que poder serializarse: un tipo primitivo o {@code Serializable} (y, en una
 * lista o un mapa, sus elementos), o un servicio inyectado de alcance normal (su proxy de CDI viaja como referencia).
 * Un campo inyectado no puede ser {@code transient} (llegaría {@code null} a la otra instancia). Recorre todas las clases
 * de {@code web}, así que un bean nuevo entra solo. Ver docs/dos-instancias.md.
 */
class SesionReplicableTest {

    private static final Path CLASES = Path.of(System.getProperty("ruta.raiz", "."), "target", "classes");

    private static List<Class<?>> beansQueViajan() throws IOException, ClassNotFoundException {
        Path web = CLASES.resolve("co/gov/cartagena/ruta/web");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> s = Files.walk(web)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String nombre = CLASES.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(nombre, false, SesionReplicableTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }

    @Test
    void cadaCampoDeLosBeansDeSesionYDeVistaViajaConLaSesion() throws Exception {
        List<Class<?>> beans = beansQueViajan();
        assertFalse(beans.isEmpty(), "no se encontraron beans de sesión ni de vista en " + CLASES);
        List<String> problemas = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problemas.add(bean.getSimpleName() + " no es Serializable");
            }
            for (Field f : bean.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m)) {
                    continue;
                }
                String campo = bean.getSimpleName() + "." + f.getName();
                if (f.isAnnotationPresent(Inject.class)) {
                    if (Modifier.isTransient(m)) {
                        problemas.add(campo + ": inyectado y transient (llegaría null a la otra instancia)");
                    } else if (!proxyNormal(f.getType()) && !Serializable.class.isAssignableFrom(f.getType())
                            && !relojSerializable(f.getType())) {
                        problemas.add(campo + ": inyecta " + f.getType().getSimpleName()
                                + ", que no es de alcance normal ni Serializable");
                    }
                } else if (!Modifier.isTransient(m) && !serializable(f.getGenericType())) {
                    problemas.add(campo + ": " + f.getGenericType().getTypeName() + " no es Serializable");
                }
            }
        }
        assertTrue(problemas.isEmpty(), String.join("\n", problemas));
    }

    /**
     * El {@link Clock} que inyecta una página es el que da {@link Reloj}: {@code Clock} no se declara
     * {@code Serializable}, pero el del sistema sí lo es (y los fijos de las pruebas también), así que viaja con la vista.
     */
    private static boolean relojSerializable(Class<?> tipo) {
        return Clock.class.equals(tipo) && new Reloj().reloj() instanceof Serializable;
    }

    private static boolean proxyNormal(Class<?> tipo) {
        return tipo.isAnnotationPresent(ApplicationScoped.class) || tipo.isAnnotationPresent(RequestScoped.class)
                || tipo.isAnnotationPresent(SessionScoped.class);
    }

    /** Primitivo, Serializable, una colección (interfaz) cuyos elementos lo son, o una {@link Releida}. */
    private static boolean serializable(Type tipo) {
        if (tipo instanceof Class<?> c) {
            return c.isPrimitive() || Serializable.class.isAssignableFrom(c);
        }
        if (tipo instanceof ParameterizedType p && Releida.class.equals(p.getRawType())) {
            return true; // lo que guarda es transient: se relee en la otra instancia
        }
        if (tipo instanceof ParameterizedType p && p.getRawType() instanceof Class<?> crudo) {
            boolean contenedor = Serializable.class.isAssignableFrom(crudo) || List.class.equals(crudo)
                    || java.util.Map.class.equals(crudo) || java.util.Set.class.equals(crudo);
            if (!contenedor) {
                return false;
            }
            for (Type argumento : p.getActualTypeArguments()) {
                if (!serializable(argumento)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
