#!/usr/bin/env bash
wc -l < /workspace/cobalt.txt > /workspace/total.txt
