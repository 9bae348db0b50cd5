package co.gov.cartagena.ruta.web.casos;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.Ruta;
import org.junit.jupiter.api.Test;

/** Un valor entero se muestra con puntos de miles y, al guardarlo de nuevo, el dominio lo lee igual. */
class CampoEditableTest {

    @Test
    void unEnteroSeMuestraConPuntosDeMilesYVuelveIgualAlGuardar() {
        Campo valor = Ruta.UNIDADES_PRODUCTIVAS.definicion().campo("valorUnidad").orElseThrow();
        for (String guardado : new String[] {"1", "999", "1000", "2500000", "123456789012345"}) {
            String mostrado = CampoEditable.conPuntosDeMiles(guardado);
            assertEquals(guardado, valor.normalizar(mostrado, HOY), mostrado);
        }
        assertEquals("2.500.000", CampoEditable.conPuntosDeMiles("2500000"));
        assertEquals("950", CampoEditable.conPuntosDeMiles("950"));
    }
}
