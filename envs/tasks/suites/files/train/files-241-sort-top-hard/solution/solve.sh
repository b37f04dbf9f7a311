#!/usr/bin/env bash
sort /workspace/orchid.txt | head -n 6 > /workspace/nectar.txt
