#!/usr/bin/env bash
echo -351290 > /workspace/answer.txt
