#!/usr/bin/env bash
tail -n 6 /workspace/orchid.txt > /workspace/jasper.txt
