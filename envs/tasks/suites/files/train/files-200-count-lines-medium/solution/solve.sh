#!/usr/bin/env bash
wc -l < /workspace/lantern.txt > /workspace/lines.txt
