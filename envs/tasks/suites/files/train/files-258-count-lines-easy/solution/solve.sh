#!/usr/bin/env bash
wc -l < /workspace/nectar.txt > /workspace/total.txt
