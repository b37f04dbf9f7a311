#!/usr/bin/env bash
cut -d, -f4 /workspace/records.csv > /workspace/lantern.txt
