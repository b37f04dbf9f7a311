#!/usr/bin/env bash
grep 'maple' /workspace/orchid.log | sort > /workspace/jasper.log
