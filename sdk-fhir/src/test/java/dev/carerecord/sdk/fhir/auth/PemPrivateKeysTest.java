package dev.carerecord.sdk.fhir.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.fhir.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PemPrivateKeysTest {
    private static final KeyPair KEYS = TestKeys.rsa();

    private static boolean signsForThePublicKey(PrivateKey key) throws Exception {
        byte[] data = "signing input".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = JwtSigner.rs512(key).sign(data);
        Signature verify = Signature.getInstance("SHA512withRSA");
        verify.initVerify(KEYS.getPublic());
        verify.update(data);
        return verify.verify(signature);
    }

    @Test
    void pkcs8Pem_isRead() throws Exception {
        PrivateKey key = PemPrivateKeys.parse(TestKeys.pkcs8Pem(KEYS));

        assertThat(key.getAlgorithm()).isEqualTo("RSA");
        assertThat(signsForThePublicKey(key)).isTrue();
    }

    @Test
    void pkcs1Pem_isReadWithoutThirdPartyLibraries() throws Exception {
        PrivateKey key = PemPrivateKeys.parse(TestKeys.pkcs1Pem(KEYS));

        assertThat(key.getEncoded()).isEqualTo(KEYS.getPrivate().getEncoded());
        assertThat(signsForThePublicKey(key)).isTrue();
    }

    @Test
    void pkcs1Pem_withWindowsLineEndsAndACertificateFirst_isRead() throws Exception {
        String pem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\r\n"
                + TestKeys.pkcs1Pem(KEYS).replace("\n", "\r\n");

        assertThat(signsForThePublicKey(PemPrivateKeys.parse(pem))).isTrue();
    }

    @Test
    void encryptedKeys_areRefusedWithAClearMessage() {
        String pkcs8 = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----";
        String pkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n"
                + "-----END RSA PRIVATE KEY-----";

        assertThatThrownBy(() -> PemPrivateKeys.parse(pkcs8)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("encrypted");
        assertThatThrownBy(() -> PemPrivateKeys.parse(pkcs1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    void damagedPkcs1_isRefusedWithoutEchoingKeyMaterial() {
        byte[] der = TestKeys.pkcs1Der((java.security.interfaces.RSAPrivateCrtKey) KEYS.getPrivate());
        byte[] truncated = Arrays.copyOf(der, der.length / 2);
        String pem = TestKeys.pem("RSA PRIVATE KEY", truncated);
        String body = Base64.getEncoder().encodeToString(truncated).substring(0, 40);

        assertThatThrownBy(() -> PemPrivateKeys.parse(pem)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PKCS#1").hasMessageNotContaining(body);
        assertThatThrownBy(() -> PemPrivateKeys.parse(TestKeys.pem("RSA PRIVATE KEY", new byte[] {0x02, 0x01, 0x00})))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void noKeyBlock_isRefused() {
        assertThatThrownBy(() -> PemPrivateKeys.parse("not a key")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("BEGIN PRIVATE KEY");
        assertThatThrownBy(() -> PemPrivateKeys.parse("-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----"))
                .isInstanceOf(InvalidInputException.class);
    }
}
