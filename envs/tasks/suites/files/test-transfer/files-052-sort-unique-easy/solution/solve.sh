#!/usr/bin/env bash
sort -u /workspace/tiger.txt > /workspace/olive.txt
