#!/usr/bin/env bash
wc -l < /workspace/garnet.txt > /workspace/total.txt
