#!/usr/bin/env bash
wc -w < /workspace/speech.txt > /workspace/answer.txt
