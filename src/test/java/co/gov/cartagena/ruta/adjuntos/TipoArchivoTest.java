package co.gov.cartagena.ruta.adjuntos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TipoArchivoTest {

    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Test
    void reconoceElTipoPorElContenido() {
        assertEquals(TipoArchivo.PDF, TipoArchivo.reconocer("acta.pdf", PDF));
        assertEquals(TipoArchivo.PNG, TipoArchivo.reconocer("foto.PNG", PNG));
        assertEquals(TipoArchivo.JPEG, TipoArchivo.reconocer("foto.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    }

    @Test
    void rechazaHtmlDisfrazadoVaciosYGrandes() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("archivo", assertThrows(ReglaIncumplida.class, () -> TipoArchivo.reconocer("acta.pdf", html)).campo());
        assertThrows(ReglaIncumplida.class, () -> TipoArchivo.reconocer("x.pdf", new byte[0]));
        assertThrows(ReglaIncumplida.class, () -> TipoArchivo.reconocer("foto.png", PDF), "Nombre y contenido no coinciden");
        byte[] grande = new byte[TipoArchivo.TAMANO_MAXIMO + 1];
        System.arraycopy(PDF, 0, grande, 0, PDF.length);
        assertTrue(assertThrows(ReglaIncumplida.class, () -> TipoArchivo.reconocer("g.pdf", grande)).getMessage()
                .contains("10 MB"));
    }

    @Test
    void elNombreGuardadoNoLlevaRutasNiCaracteresPeligrosos() {
        assertEquals("acta.pdf", TipoArchivo.nombreSeguro("C:\\Users\\x\\acta.pdf"));
        assertEquals("passwd", TipoArchivo.nombreSeguro("../../etc/passwd"));
        String raro = TipoArchivo.nombreSeguro("a\"b<script>;.pdf");
        assertFalse(raro.contains("\"") || raro.contains("<") || raro.contains(";"), raro);
        assertEquals("archivo.pdf", TipoArchivo.nombreSeguro(".pdf"));
        assertTrue(TipoArchivo.disposicion("Acta de reunión.pdf").startsWith("attachment;"));
        assertTrue(TipoArchivo.disposicion("Acta de reunión.pdf").contains("filename*=UTF-8''Acta%20de%20reuni%C3%B3n.pdf"));
    }
}
