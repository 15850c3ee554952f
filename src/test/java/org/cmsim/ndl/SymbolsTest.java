package org.cmsim.ndl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Interning byte strings: ids in order of first appearance, whatever the names' lengths and hashes. */
class SymbolsTest {

    private static int intern(Symbols symbols, String name) {
        byte[] bytes = ("<" + name + ">").getBytes(StandardCharsets.UTF_8);   // the name inside a larger array
        return symbols.intern(bytes, 1, bytes.length - 2);
    }

    @Test
    void namesGetIdsInOrderOfFirstAppearance() {
        Symbols symbols = new Symbols();
        List<String> names = List.of("order=NVN", "", "agentN1", "a-name-of-exactly-16", "a-name-of-17-bytes",
                "é中");
        for (int i = 0; i < names.size(); i++) {
            assertEquals(i, intern(symbols, names.get(i)), names.get(i));
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            assertEquals(i, intern(symbols, names.get(i)), names.get(i));
        }
        assertEquals(names.size(), symbols.size());
        assertEquals(names, symbols.names());
    }

    /** "a" and "\0a" pack to the same two numbers; their lengths tell them apart. */
    @Test
    void namesThatPackAlikeAreToldApartByTheirLength() {
        assertArrayEquals(Symbols.pack(new byte[] {'a'}, 0, 1), Symbols.pack(new byte[] {0, 'a'}, 0, 2));
        Symbols symbols = new Symbols();
        assertEquals(0, intern(symbols, "a"));
        assertEquals(1, intern(symbols, "\0a"));
        assertEquals(2, intern(symbols, "\0\0a"));
        assertEquals(1, intern(symbols, "\0a"));
    }

    /** Names of 16 bytes differ in their packed numbers; longer ones are compared byte by byte. */
    @Test
    void namesAlikeInTheirLastSixteenBytesOrTheirHashAreDifferentNames() {
        String sixteen = "abcdefghijklmnop";
        assertEquals(16, Symbols.PACKED);
        // 17 bytes, the last 16 alike: only the first byte differs, and the packed numbers do not show it
        assertArrayEquals(Symbols.pack(("x" + sixteen).getBytes(StandardCharsets.UTF_8), 0, 17),
                Symbols.pack(("y" + sixteen).getBytes(StandardCharsets.UTF_8), 0, 17));
        // "Aa" and "BB" have the same String hash, and so the same hash here
        assertEquals(Symbols.bytesHash("Aa".getBytes(StandardCharsets.UTF_8), 0, 2),
                Symbols.bytesHash("BB".getBytes(StandardCharsets.UTF_8), 0, 2));
        Symbols symbols = new Symbols();
        List<String> names = List.of("x" + sixteen, "y" + sixteen, sixteen + "Aa", sixteen + "BB", sixteen,
                "Aa", "BB");
        for (int i = 0; i < names.size(); i++) {
            assertEquals(i, intern(symbols, names.get(i)), names.get(i));
        }
        for (int i = 0; i < names.size(); i++) {
            assertEquals(i, intern(symbols, names.get(i)), names.get(i));
        }
    }

    /** pack: the last 16 bytes, the last byte lowest, each byte unsigned. */
    @Test
    void packShiftsEachByteInAtTheLowEnd() {
        byte[] bytes = new byte[20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0xe0 + i);
        }
        assertArrayEquals(new long[] {0xe0e1L, 0}, Symbols.pack(bytes, 0, 2));
        assertArrayEquals(new long[] {0xecedeeeff0f1f2f3L, 0xe4e5e6e7e8e9eaebL}, Symbols.pack(bytes, 0, 20));
        assertArrayEquals(new long[] {0xe9eaebecedeeeff0L, 0xe8L}, Symbols.pack(bytes, 8, 9));
        assertArrayEquals(new long[] {0, 0}, Symbols.pack(bytes, 5, 0));
    }

    /** Ten thousand names make the table, the pool and the arrays grow; every id and name survives. */
    @Test
    void tablesGrowWithoutLosingAName() {
        Symbols symbols = new Symbols();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add((i % 3 == 0 ? "a-longer-shared-prefix-" : "n") + i);
            assertEquals(i, intern(symbols, names.get(i)));
        }
        for (int i = 0; i < names.size(); i += 7) {
            assertEquals(i, intern(symbols, names.get(i)), names.get(i));
        }
        assertEquals(names, symbols.names());
    }
}
