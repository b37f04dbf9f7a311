#!/usr/bin/env bash
cp /workspace/lantern.txt /workspace/lotus.txt && printf '%s\n' 'lotus 50' >> /workspace/lotus.txt
