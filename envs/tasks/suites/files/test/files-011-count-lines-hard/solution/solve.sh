#!/usr/bin/env bash
wc -l < /workspace/lantern.txt > /workspace/count.txt
