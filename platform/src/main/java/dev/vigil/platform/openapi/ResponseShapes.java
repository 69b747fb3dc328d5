package dev.vigil.platform.openapi;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a handler method's answer looks like, read from its code: whether it answers 201 Created
 * ({@code ResponseEntity.created(...)} or {@code status(201)}), with a {@code Location}, or 204 No Content
 * ({@code ResponseEntity.noContent()}), or 202 Accepted ({@code ResponseEntity.accepted()}), whether it
 * sends an {@code ETag}, and whether it picks the answer's media type itself (exports in several formats). Calls into Vigil's own classes (helpers that build the answer, lambdas) are
 * followed a few levels deep. The document then says what the code does, without an annotation
 * that could say something else.
 */
final class ResponseShapes {

    private static final String RESPONSE_ENTITY = "org/springframework/http/ResponseEntity";
    private static final int MAX_DEPTH = 3;

    private ResponseShapes() {
    }

    /** The answer's shape, as far as the code shows it. */
    record Shape(boolean created, boolean location, boolean etag, boolean choosesMediaType, boolean noContent,
                 boolean accepted) {
    }

    static Shape of(Method method) {
        Scan scan = new Scan(method.getDeclaringClass().getClassLoader());
        scan.method(Type.getInternalName(method.getDeclaringClass()), method.getName(),
                Type.getMethodDescriptor(method), 0);
        return new Shape(scan.created, scan.location, scan.etag, scan.mediaType, scan.noContent, scan.accepted);
    }

    private static final class Scan {
        private final ClassLoader loader;
        private final Set<String> seen = new HashSet<>();
        boolean created;
        boolean location;
        boolean etag;
        boolean mediaType;
        boolean noContent;
        boolean accepted;

        Scan(ClassLoader loader) {
            this.loader = loader;
        }

        void method(String owner, String name, String descriptor, int depth) {
            if (depth > MAX_DEPTH || !seen.add(owner + "." + name + descriptor)) {
                return;
            }
            byte[] bytes = bytes(owner);
            if (bytes == null) {
                return;
            }
            List<String[]> callees = new ArrayList<>();
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String n, String d, String signature, String[] exceptions) {
                    if (!n.equals(name) || !d.equals(descriptor)) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        private Object lastConstant;

                        @Override
                        public void visitIntInsn(int opcode, int operand) {
                            lastConstant = operand;
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String fieldOwner, String field, String d2) {
                            lastConstant = fieldOwner + "." + field;
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String callOwner, String call, String d2, boolean itf) {
                            if (callOwner.equals(RESPONSE_ENTITY) && call.equals("created")) {
                                created = true;
                                location = true;
                            } else if (callOwner.equals(RESPONSE_ENTITY) && call.equals("status")
                                    && (Integer.valueOf(201).equals(lastConstant)
                                    || "org/springframework/http/HttpStatus.CREATED".equals(lastConstant))) {
                                created = true;
                            } else if (callOwner.equals(RESPONSE_ENTITY) && (call.equals("noContent")
                                    || call.equals("status") && (Integer.valueOf(204).equals(lastConstant)
                                    || "org/springframework/http/HttpStatus.NO_CONTENT".equals(lastConstant)))) {
                                noContent = true;
                            } else if (callOwner.equals(RESPONSE_ENTITY) && (call.equals("accepted")
                                    || call.equals("status") && (Integer.valueOf(202).equals(lastConstant)
                                    || "org/springframework/http/HttpStatus.ACCEPTED".equals(lastConstant)))) {
                                accepted = true;
                            } else if (callOwner.startsWith(RESPONSE_ENTITY + "$") && call.equals("eTag")) {
                                etag = true;
                            } else if (callOwner.startsWith(RESPONSE_ENTITY + "$") && call.equals("contentType")) {
                                mediaType = true;
                            } else if (callOwner.startsWith(RESPONSE_ENTITY + "$") && call.equals("location")) {
                                location = true;
                            } else if (callOwner.startsWith("dev/vigil/")) {
                                callees.add(new String[]{callOwner, call, d2});
                            }
                            lastConstant = null;
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String n2, String d2, Handle bootstrap, Object... args) {
                            for (Object arg : args) {
                                if (arg instanceof Handle handle && handle.getOwner().startsWith("dev/vigil/")) {
                                    callees.add(new String[]{handle.getOwner(), handle.getName(), handle.getDesc()});
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            for (String[] callee : callees) {
                method(callee[0], callee[1], callee[2], depth + 1);
            }
        }

        private byte[] bytes(String internalName) {
            try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
