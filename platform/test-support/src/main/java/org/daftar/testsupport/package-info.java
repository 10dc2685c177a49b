/** Test support. */ package org.daftar.testsupport;
