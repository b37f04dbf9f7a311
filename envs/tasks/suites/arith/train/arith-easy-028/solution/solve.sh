#!/usr/bin/env bash
echo -34 > /workspace/answer.txt
