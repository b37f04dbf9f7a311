#!/usr/bin/env bash
wc -l < /workspace/olive.txt > /workspace/answer.txt
