package org.casebook;
public final class Main { public static void main(String[] a) { System.out.println("ok"); } }
